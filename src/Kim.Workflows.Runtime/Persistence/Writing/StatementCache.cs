using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Kim.Workflows.Runtime.Persistence.Writing;

/// <summary>
/// The writer's statements on its one open connection, each built and prepared once. SQLite compiles a statement in
/// about as long as it takes to run it, so preparing once halves the cost of the many small writes of a commit.
/// Npgsql prepares automatically (connection-string setting), so statements are only cached there.
/// </summary>
internal sealed class StatementCache(DbContext db, DbConnection connection, bool prepare) : IDisposable
{
    private readonly Dictionary<string, Statement> _statements = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IClrPropertyGetter[]> _getters = new(StringComparer.Ordinal);

    public Statement Get(string key, Func<StatementBuilder, string> sql)
    {
        if (!_statements.TryGetValue(key, out var statement))
        {
            var builder = new StatementBuilder(db, connection, prepare);
            statement = builder.Build(sql(builder));
            _statements[key] = statement;
        }

        return statement;
    }

    /// <summary>Inserts one entity row (all its columns but store-generated keys) with a statement cached per type.</summary>
    public Task<int> InsertAsync<T>(DbTransaction transaction, T row)
        where T : class
    {
        var key = "insert:" + typeof(T).FullName;
        if (!_getters.TryGetValue(key, out var getters))
        {
            var properties = StatementBuilder.InsertedProperties<T>(db);
            getters = [.. properties.Select(name => db.Model.FindEntityType(typeof(T))!.FindProperty(name)!.GetGetter())];
            _getters[key] = getters;
        }

        var statement = Get(key, b => b.Insert<T>(StatementBuilder.InsertedProperties<T>(db)));
        var values = new object?[getters.Length];
        for (var i = 0; i < getters.Length; i++)
        {
            values[i] = getters[i].GetClrValueUsingContainingEntity(row);
        }

        return statement.Bind(transaction, values).ExecuteAsync();
    }

    public void Dispose()
    {
        foreach (var statement in _statements.Values)
        {
            statement.Dispose();
        }

        _statements.Clear();
    }
}
