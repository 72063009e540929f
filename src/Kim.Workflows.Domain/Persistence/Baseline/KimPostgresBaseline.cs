using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Logging;

namespace Kim.Workflows.Domain.Persistence.Baseline;

/// <summary>
/// Builds before this one created the <c>kim_</c> tables on PostgreSQL once from the model of their day and never
/// migrated them, so such a database has tables but no migration history. This brings those tables up to the initial
/// PostgreSQL migration (<see cref="BaselinePlan"/>) and records that migration as applied, in one transaction, so later
/// migrations apply as usual and no row is lost. Several nodes starting at once take turns (<see cref="StartupSchemaLock"/>).
/// </summary>
internal static class KimPostgresBaseline
{
    // Advisory lock key of the baseline; any constant no other start-up step of this database uses.
    private const long LockKey = 0x6B696D5F62617365; // "kim_base"

    private const string HistoryTable = "\"" + KimDbContext.MigrationsHistoryTable + "\"";

    /// <summary>Baselines the database when it needs it; returns the plan that ran, or null when nothing was to do.</summary>
    public static async Task<BaselinePlan?> RunIfNeededAsync(KimDbContext db, ILogger logger, CancellationToken cancellationToken)
    {
        if (!await db.GetService<IRelationalDatabaseCreator>().ExistsAsync(cancellationToken).ConfigureAwait(false)
            || !await NeedsBaselineAsync(db, cancellationToken).ConfigureAwait(false))
        {
            return null;
        }

        var plan = await StartupSchemaLock.RunAsync<BaselinePlan?>(db.Database, LockKey, async () =>
            await NeedsBaselineAsync(db, cancellationToken).ConfigureAwait(false) // another node may have done it meanwhile
                ? await BaselineAsync(db, cancellationToken).ConfigureAwait(false)
                : null, cancellationToken).ConfigureAwait(false);
        if (plan is null)
        {
            return null;
        }

        logger.LogInformation(
            "KIM tables of an older PostgreSQL database baselined to migration {Migration}: {Changes}",
            plan.MigrationId, plan.Changes.Count == 0 ? "nothing to add" : string.Join("; ", plan.Changes));
        foreach (var warning in plan.Warnings)
        {
            logger.LogWarning("KIM baseline: {Warning}", warning);
        }

        return plan;
    }

    /// <summary>Adds what is missing and records the initial migration as applied, all or nothing.</summary>
    private static async Task<BaselinePlan> BaselineAsync(KimDbContext db, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var (migrationId, migration) = InitialMigration(db);
        var plan = BaselinePlan.For(migrationId, migration.UpOperations, await ExistingSchema.ReadAsync(db.Database, cancellationToken).ConfigureAwait(false));
        var connection = db.GetService<IRelationalConnection>();
        foreach (var command in db.GetService<IMigrationsSqlGenerator>().Generate(plan.Operations))
        {
            await command.ExecuteNonQueryAsync(connection, cancellationToken: cancellationToken).ConfigureAwait(false);
        }

        var history = db.GetService<IHistoryRepository>();
        await ExecuteAsync(db, history.GetCreateIfNotExistsScript(), cancellationToken).ConfigureAwait(false);
        await ExecuteAsync(db, history.GetInsertScript(new HistoryRow(migrationId, ProductInfo.GetVersion())), cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return plan;
    }

    /// <summary>True when <c>kim_cases</c> exists but the migration history is missing or empty.</summary>
    private static async Task<bool> NeedsBaselineAsync(KimDbContext db, CancellationToken cancellationToken)
    {
        if (!await ExistsAsync(db, "kim_cases", cancellationToken).ConfigureAwait(false))
        {
            return false;
        }

        // Two statements: PostgreSQL rejects a query naming a missing table even in a branch that never runs.
        return !await ExistsAsync(db, HistoryTable, cancellationToken).ConfigureAwait(false)
            || !await db.Database.SqlQueryRaw<int>("SELECT 1 AS \"Value\" FROM " + HistoryTable).AnyAsync(cancellationToken).ConfigureAwait(false);
    }

    private static Task<bool> ExistsAsync(KimDbContext db, string table, CancellationToken cancellationToken) =>
        db.Database.SqlQuery<bool>($"SELECT to_regclass({table}) IS NOT NULL AS \"Value\"").SingleAsync(cancellationToken);

    private static (string Id, Migration Migration) InitialMigration(KimDbContext db)
    {
        var migrations = db.GetService<IMigrationsAssembly>();
        var first = migrations.Migrations.OrderBy(m => m.Key, StringComparer.Ordinal).First();
        return (first.Key, migrations.CreateMigration(first.Value, db.Database.ProviderName!));
    }

    // A plain command: EF's raw SQL methods would read braces in generated scripts as format placeholders.
    private static async Task ExecuteAsync(KimDbContext db, string sql, CancellationToken cancellationToken)
    {
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = sql;
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
