using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Kim.Workflows.Runtime.Persistence;

/// <summary>
/// Creates short-lived contexts for the configured provider (one per store operation). Options are built
/// once; the model is cached by EF per context type, and contexts come from a pool: setting up a new context's
/// internal services cost more than the small queries most operations run.
/// </summary>
public sealed class WorkflowDbContextFactory
{
    private readonly Func<WorkflowDbContext> _create;
    private readonly long _writerCacheKibibytes;

    public WorkflowDbContextFactory(WorkflowRuntimeOptions options)
    {
        Provider = options.Provider;
        _writerCacheKibibytes = Math.Max(1, options.SqliteWriterCacheMegabytes) * 1024L;
        switch (options.Provider)
        {
            case DatabaseProvider.Sqlite:
                var path = Path.GetFullPath(Path.Combine(options.DataDirectory, options.SqliteFileName));
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                ConnectionString = $"Data Source={path};Cache=Private;Pooling=True;Default Timeout=60";
                var sqlite = new DbContextOptionsBuilder<SqliteWorkflowDbContext>()
                    .UseSqlite(ConnectionString)
                    .AddInterceptors(new SqlitePragmaInterceptor(options.SqliteSynchronous))
                    .Options;
                var sqlitePool = new PooledDbContextFactory<SqliteWorkflowDbContext>(sqlite);
                _create = sqlitePool.CreateDbContext;
                break;
            case DatabaseProvider.Postgres:
                ConnectionString = options.ConnectionString ?? throw new InvalidOperationException("KimWorkflows:Runtime:ConnectionString is required for PostgreSQL.");
                var postgres = new DbContextOptionsBuilder<PostgresWorkflowDbContext>().UseNpgsql(ConnectionString).Options;
                var postgresPool = new PooledDbContextFactory<PostgresWorkflowDbContext>(postgres);
                _create = postgresPool.CreateDbContext;
                break;
            default:
                throw new InvalidOperationException($"Unknown database provider {options.Provider}.");
        }
    }

    public DatabaseProvider Provider { get; }

    public string ConnectionString { get; }

    public WorkflowDbContext Create() => _create();

    /// <summary>
    /// Settings of the one long-lived writer connection (<see cref="Writing.GroupCommit"/>): on SQLite a page cache large
    /// enough for the upper levels of every table and index, which that connection keeps across its own commits, and
    /// temporary data in memory: inside a savepoint (every command of a group has one) SQLite copies each page it changes
    /// into a sub-journal, which by default is a temporary file, i.e. write calls for every command.
    /// </summary>
    public async Task ConfigureWriterAsync(DbConnection connection)
    {
        if (Provider != DatabaseProvider.Sqlite)
        {
            return;
        }

        await using var command = connection.CreateCommand();
        command.CommandText = $"PRAGMA cache_size=-{_writerCacheKibibytes}; PRAGMA temp_store=MEMORY;";
        await command.ExecuteNonQueryAsync().ConfigureAwait(false);
    }

    /// <summary>
    /// Per-connection SQLite settings; WAL is a property of the file and is set once at migration. A pooled connection
    /// keeps its settings, so they are sent once per underlying handle, not at every open (EF opens per query).
    /// </summary>
    private sealed class SqlitePragmaInterceptor(string synchronous) : DbConnectionInterceptor
    {
        // No memory mapping (mmap_size stays 0): in WAL mode a connection that sees another one's commit drops its page
        // cache and unmaps the whole file, so every read after a write paid for unmapping and faulting the pages in
        // again, more the larger the file (measured: the task lookup 0.20 → 0.36 ms between 1,000 and 100,000 instances).
        // A WAL file keeps its largest size after checkpoints unless limited: one big transaction (a bulk import, a
        // retention run) left a 280 MB file, and commits into such a file were up to 10 % slower than into a small one.
        private const long JournalSizeLimitBytes = 64L << 20;

        private readonly string _sql = $"PRAGMA synchronous={Sanitize(synchronous)}; PRAGMA busy_timeout=60000; PRAGMA journal_size_limit={JournalSizeLimitBytes};";
        private readonly ConditionalWeakTable<object, object> _configured = new();

        public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Execute(connection);

        public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
        {
            Execute(connection);
            return Task.CompletedTask;
        }

        private void Execute(DbConnection connection)
        {
            if (connection is SqliteConnection { Handle: { } handle } && _configured.TryGetValue(handle, out _))
            {
                return;
            }

            using var command = connection.CreateCommand();
            command.CommandText = _sql;
            command.ExecuteNonQuery();
            if (connection is SqliteConnection { Handle: { } opened })
            {
                _configured.AddOrUpdate(opened, this);
            }
        }

        private static string Sanitize(string value) => value.ToUpperInvariant() switch
        {
            "OFF" or "NORMAL" or "FULL" or "EXTRA" => value.ToUpperInvariant(),
            _ => throw new InvalidOperationException($"PRAGMA synchronous={value} is not allowed (OFF, NORMAL, FULL, EXTRA)."),
        };
    }
}
