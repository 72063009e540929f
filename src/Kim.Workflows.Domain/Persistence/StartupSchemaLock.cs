using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Kim.Workflows.Domain.Persistence;

/// <summary>
/// Serialises start-up schema work of several app nodes on one PostgreSQL database with a session advisory lock.
/// Session-level on purpose: the work runs in statements and transactions begun after the lock was granted, so each
/// sees the catalog as the previous holder committed it (a transaction begun while waiting may keep a stale catalog
/// cache and take the other node's new table for missing). Other providers run the work as it is (one process per file).
/// </summary>
public static class StartupSchemaLock
{
    public static Task RunAsync(DatabaseFacade database, long key, Func<Task> work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        return RunAsync(database, key, async () =>
        {
            await work().ConfigureAwait(false);
            return true;
        }, cancellationToken);
    }

    public static async Task<T> RunAsync<T>(DatabaseFacade database, long key, Func<Task<T>> work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(work);
        if (!database.IsNpgsql())
        {
            return await work().ConfigureAwait(false);
        }

        await database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await ExecuteAsync(database, $"SELECT pg_advisory_lock({key})", cancellationToken).ConfigureAwait(false);
            try
            {
                return await work().ConfigureAwait(false);
            }
            finally
            {
                await ExecuteAsync(database, $"SELECT pg_advisory_unlock({key})", CancellationToken.None).ConfigureAwait(false);
            }
        }
        finally
        {
            await database.CloseConnectionAsync().ConfigureAwait(false);
        }
    }

    private static async Task ExecuteAsync(DatabaseFacade database, string sql, CancellationToken cancellationToken)
    {
        await using var command = database.GetDbConnection().CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
