using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Kim.Workflows.Domain.Persistence.Baseline;

/// <summary>The tables, columns, indexes and constraints a PostgreSQL database has in its current schema (names only).</summary>
internal sealed record ExistingSchema(
    IReadOnlySet<string> Tables, IReadOnlySet<string> Columns, IReadOnlySet<string> Indexes, IReadOnlySet<string> Constraints)
{
    public bool HasColumn(string table, string column) => Columns.Contains(ColumnKey(table, column));

    public static string ColumnKey(string table, string column) => table + "." + column;

    /// <summary>Reads the names in the connection's current schema (the one EF creates unqualified tables in).</summary>
    public static async Task<ExistingSchema> ReadAsync(DatabaseFacade database, CancellationToken cancellationToken) => new(
        await NamesAsync(database, "SELECT table_name AS \"Value\" FROM information_schema.tables WHERE table_schema = current_schema()", cancellationToken),
        await NamesAsync(database,
            "SELECT table_name || '.' || column_name AS \"Value\" FROM information_schema.columns WHERE table_schema = current_schema()", cancellationToken),
        await NamesAsync(database, "SELECT indexname AS \"Value\" FROM pg_indexes WHERE schemaname = current_schema()", cancellationToken),
        await NamesAsync(database,
            "SELECT conname AS \"Value\" FROM pg_constraint WHERE connamespace = current_schema()::regnamespace", cancellationToken));

    private static async Task<IReadOnlySet<string>> NamesAsync(DatabaseFacade database, string sql, CancellationToken cancellationToken) =>
        (await database.SqlQueryRaw<string>(sql).ToListAsync(cancellationToken).ConfigureAwait(false)).ToHashSet(StringComparer.Ordinal);
}
