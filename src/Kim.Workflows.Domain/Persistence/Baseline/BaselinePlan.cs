using Microsoft.EntityFrameworkCore.Migrations.Operations;

namespace Kim.Workflows.Domain.Persistence.Baseline;

/// <summary>
/// What an older PostgreSQL database lacks of the initial migration's schema, as migration operations: missing tables
/// whole, missing columns of existing tables (with a default for rows already there), missing indexes. Nothing is
/// dropped or retyped. Foreign keys missing on existing tables are only reported: adding one may fail on old rows.
/// </summary>
internal sealed class BaselinePlan
{
    private BaselinePlan(string migrationId) => MigrationId = migrationId;

    /// <summary>The initial migration the database is brought up to and recorded as applied.</summary>
    public string MigrationId { get; }

    public List<MigrationOperation> Operations { get; } = [];

    /// <summary>One line per change, for the start-up log.</summary>
    public List<string> Changes { get; } = [];

    public List<string> Warnings { get; } = [];

    public static BaselinePlan For(string migrationId, IEnumerable<MigrationOperation> initialMigration, ExistingSchema existing)
    {
        var plan = new BaselinePlan(migrationId);
        foreach (var operation in initialMigration)
        {
            switch (operation)
            {
                case CreateTableOperation table when !existing.Tables.Contains(table.Name):
                    plan.Operations.Add(table);
                    plan.Changes.Add($"table {table.Name} created");
                    break;
                case CreateTableOperation table:
                    plan.AddMissingColumns(table, existing);
                    plan.Warnings.AddRange(table.ForeignKeys.Where(f => !existing.Constraints.Contains(f.Name))
                        .Select(f => $"foreign key {f.Name} on {table.Name} is missing (not added: existing rows may violate it)"));
                    break;
                case CreateIndexOperation index when !existing.Indexes.Contains(index.Name):
                    plan.Operations.Add(index);
                    plan.Changes.Add($"index {index.Name} on {index.Table} created");
                    break;
                case CreateIndexOperation:
                    break;
                default:
                    // The initial migration holds only tables and indexes; anything else needs a thought before it runs on old data.
                    throw new NotSupportedException($"The baseline of an older PostgreSQL database does not know {operation.GetType().Name}.");
            }
        }

        return plan;
    }

    private void AddMissingColumns(CreateTableOperation table, ExistingSchema existing)
    {
        foreach (var column in table.Columns.Where(c => !existing.HasColumn(table.Name, c.Name)))
        {
            var add = new AddColumnOperation
            {
                Schema = table.Schema, Table = table.Name, Name = column.Name, ClrType = column.ClrType, ColumnType = column.ColumnType,
                IsNullable = column.IsNullable, MaxLength = column.MaxLength, Precision = column.Precision, Scale = column.Scale,
                IsUnicode = column.IsUnicode, IsFixedLength = column.IsFixedLength, Collation = column.Collation, Comment = column.Comment,
                DefaultValue = column.DefaultValue, DefaultValueSql = column.DefaultValueSql,
                ComputedColumnSql = column.ComputedColumnSql, IsStored = column.IsStored,
            };
            add.AddAnnotations(column.GetAnnotations());
            if (!add.IsNullable && add.DefaultValue is null && add.DefaultValueSql is null && add.ComputedColumnSql is null)
            {
                // Rows already there need a value: the CLR default, as EF's own AddColumn migrations use (Version = 0).
                add.DefaultValue = DefaultFor(add);
            }

            Operations.Add(add);
            Changes.Add($"column {table.Name}.{column.Name} added");
        }
    }

    private static object DefaultFor(AddColumnOperation column) =>
        column.ClrType == typeof(string) ? ""
        : column.ClrType.IsValueType ? Activator.CreateInstance(column.ClrType)!
        : throw new NotSupportedException($"No default for the new non-null column {column.Table}.{column.Name} ({column.ColumnType}) on existing rows.");
}
