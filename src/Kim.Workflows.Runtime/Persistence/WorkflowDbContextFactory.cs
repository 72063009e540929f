using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Kim.Workflows.Runtime.Persistence;

/// <summary>
/// Creates short-lived contexts for the configured provider (one per store operation). Options are built
/// once; the model is cached by EF per context type.
/// </summary>
public sealed class WorkflowDbContextFactory
{
    private readonly Func<WorkflowDbContext> _create;

    public WorkflowDbContextFactory(WorkflowRuntimeOptions options)
    {
        Provider = options.Provider;
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
                _create = () => new SqliteWorkflowDbContext(sqlite);
                break;
            case DatabaseProvider.Postgres:
                ConnectionString = options.ConnectionString ?? throw new InvalidOperationException("KimWorkflows:Runtime:ConnectionString is required for PostgreSQL.");
                var postgres = new DbContextOptionsBuilder<PostgresWorkflowDbContext>().UseNpgsql(ConnectionString).Options;
                _create = () => new PostgresWorkflowDbContext(postgres);
                break;
            default:
                throw new InvalidOperationException($"Unknown database provider {options.Provider}.");
        }
    }

    public DatabaseProvider Provider { get; }

    public string ConnectionString { get; }

    public WorkflowDbContext Create() => _create();

    /// <summary>Per-connection SQLite settings; WAL is a property of the file and is set once at migration.</summary>
    private sealed class SqlitePragmaInterceptor(string synchronous) : DbConnectionInterceptor
    {
        private readonly string _sql = $"PRAGMA synchronous={Sanitize(synchronous)}; PRAGMA busy_timeout=60000;";

        public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Execute(connection);

        public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
        {
            Execute(connection);
            return Task.CompletedTask;
        }

        private void Execute(DbConnection connection)
        {
            using var command = connection.CreateCommand();
            command.CommandText = _sql;
            command.ExecuteNonQuery();
        }

        private static string Sanitize(string value) => value.ToUpperInvariant() switch
        {
            "OFF" or "NORMAL" or "FULL" or "EXTRA" => value.ToUpperInvariant(),
            _ => throw new InvalidOperationException($"PRAGMA synchronous={value} is not allowed (OFF, NORMAL, FULL, EXTRA)."),
        };
    }
}
