using Kim.Workflows.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Kim.Workflows.Application.Persistence;

/// <summary>
/// Brings the <c>app_</c> tables up to date at start-up: applies the <see cref="ApplicationSchemaSteps"/> not yet recorded in
/// <c>app_schema_steps</c>, each in its own transaction with its record. Plain SQL both dialects speak; idempotent;
/// several PostgreSQL nodes take turns (<see cref="StartupSchemaLock"/>).
/// </summary>
public static class ApplicationSchema
{
    // Advisory lock key of these steps; any constant no other start-up step of this database uses.
    private const long LockKey = 0x6170705F73746570; // "app_step"

    private const string CreateStepsSqlite = """CREATE TABLE IF NOT EXISTS app_schema_steps ("Step" INTEGER PRIMARY KEY, "AppliedAt" INTEGER NOT NULL)""";
    private const string CreateStepsPostgres = """CREATE TABLE IF NOT EXISTS app_schema_steps ("Step" integer PRIMARY KEY, "AppliedAt" bigint NOT NULL)""";

    public static async Task EnsureAsync(ApplicationDbContext db, TimeProvider time, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(time);
        var sqlite = db.Database.IsSqlite();
        await StartupSchemaLock.RunAsync(db.Database, LockKey, async () =>
        {
            await db.Database.ExecuteSqlRawAsync(sqlite ? CreateStepsSqlite : CreateStepsPostgres, cancellationToken).ConfigureAwait(false);
            var applied = await db.Database.SqlQueryRaw<int>("""SELECT "Step" AS "Value" FROM app_schema_steps""").ToListAsync(cancellationToken).ConfigureAwait(false);
            foreach (var step in ApplicationSchemaSteps.All(sqlite).Where(s => !applied.Contains(s.Number)))
            {
                await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
                foreach (var sql in step.Statements)
                {
                    // ExecuteSqlRaw formats its text (string.Format) even without parameters: braces in a statement stay literal.
                    await db.Database.ExecuteSqlRawAsync(sql.Replace("{", "{{", StringComparison.Ordinal).Replace("}", "}}", StringComparison.Ordinal), cancellationToken)
                        .ConfigureAwait(false);
                }

                await db.Database.ExecuteSqlAsync(
                    $"INSERT INTO app_schema_steps (\"Step\", \"AppliedAt\") VALUES ({step.Number}, {time.GetUtcNow().UtcTicks})", cancellationToken).ConfigureAwait(false);
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            }
        }, cancellationToken).ConfigureAwait(false);
    }
}
