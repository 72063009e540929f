using System.Data.Common;
using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Kim.Workflows.Runtime.Persistence.Writing;

/// <summary>
/// Builds the SQL of one statement from the EF model (table and column names, quoting and parameter syntax of the
/// provider): <c>b.Table&lt;T&gt;()</c>, <c>b.Column&lt;T&gt;(name)</c>, and <c>b.Parameter&lt;T&gt;(name)</c>, which adds a
/// parameter typed like that property. Values are later bound in the order the parameters were added.
/// </summary>
internal sealed class StatementBuilder(DbContext db, DbConnection connection, bool prepare)
{
    private readonly ISqlGenerationHelper _sql = db.GetService<ISqlGenerationHelper>();
    private readonly DbCommand _command = connection.CreateCommand();
    private readonly List<DbParameter> _parameters = [];
    private readonly List<ValueConverter?> _converters = [];

    public string Table<T>()
    {
        var entity = Entity<T>();
        return _sql.DelimitIdentifier(entity.GetTableName()!, entity.GetSchema());
    }

    public string Column<T>(string property) => _sql.DelimitIdentifier(Property<T>(property).GetColumnName(StoreObject<T>())!);

    public string Parameter<T>(string property)
    {
        var p = Property<T>(property);
        var mapping = p.GetRelationalTypeMapping();
        var name = "p" + _parameters.Count;
        var parameter = mapping.CreateParameter(_command, _sql.GenerateParameterName(name), null, nullable: true);
        _command.Parameters.Add(parameter);
        _parameters.Add(parameter);
        _converters.Add(mapping.Converter);
        return _sql.GenerateParameterNamePlaceholder(name);
    }

    /// <summary>INSERT of the given properties, <paramref name="rows"/> rows in one statement.</summary>
    public string Insert<T>(IReadOnlyList<string> properties, int rows = 1)
    {
        var text = new StringBuilder($"INSERT INTO {Table<T>()} ({string.Join(", ", properties.Select(Column<T>))}) VALUES ");
        for (var row = 0; row < rows; row++)
        {
            text.Append(row == 0 ? "(" : ", (").AppendJoin(", ", properties.Select(Parameter<T>)).Append(')');
        }

        return text.ToString();
    }

    /// <summary>
    /// The statement for <paramref name="sql"/>: on SQLite, prepared on the connection's handle and bound by position; else an
    /// ADO.NET command (prepared when asked).
    /// </summary>
    public Statement Build(string sql)
    {
        if (prepare && connection is SqliteConnection sqlite)
        {
            _command.Dispose();
            return new SqliteStatement(sqlite, sql, [.. _parameters.Select(p => p.ParameterName)], [.. _converters]);
        }

        _command.CommandText = sql;
        if (prepare)
        {
            _command.Prepare();
        }

        return new CommandStatement(_command, [.. _parameters], [.. _converters]);
    }

    /// <summary>The scalar properties of an entity that are written on insert (store-generated keys left out).</summary>
    public static string[] InsertedProperties<T>(DbContext db) =>
        [.. db.Model.FindEntityType(typeof(T))!.GetProperties()
            .Where(p => !(p.IsPrimaryKey() && p.ValueGenerated == Microsoft.EntityFrameworkCore.Metadata.ValueGenerated.OnAdd && p.ClrType == typeof(long)))
            .Select(p => p.Name)];

    private IEntityType Entity<T>() => db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the model.");

    private IProperty Property<T>(string name) => Entity<T>().FindProperty(name) ?? throw new InvalidOperationException($"{typeof(T).Name}.{name} is not mapped.");

    private StoreObjectIdentifier StoreObject<T>()
    {
        var entity = Entity<T>();
        return StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
    }
}
