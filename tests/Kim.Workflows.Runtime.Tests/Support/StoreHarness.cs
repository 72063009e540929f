using Kim.Workflows.Engine.Commands;
using Kim.Workflows.Engine.Execution;
using Kim.Workflows.Engine.Validation;
using Kim.Workflows.Runtime.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Time.Testing;

namespace Kim.Workflows.Runtime.Tests.Support;

/// <summary>Engine + EF stores on a real SQLite file in a temp folder (or a given PostgreSQL database), migrated like at start-up (no host, no Hangfire).</summary>
public sealed class StoreHarness : IAsyncDisposable
{
    private readonly TempDirectory _folder = new();

    private StoreHarness(Action<WorkflowRuntimeOptions>? configure)
    {
        Options = new WorkflowRuntimeOptions { DataDirectory = _folder.Path };
        configure?.Invoke(Options);
        Contexts = new WorkflowDbContextFactory(Options);
        Definitions = new EfDefinitionRepository(Contexts, Time, ValidationOptions.Default);
        Store = new EfInstanceStore(Contexts, Definitions);
        Engine = new WorkflowEngine(Definitions, Store, Time, new SequentialIdGenerator(Time));
    }

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 11, 25, 8, 0, 0, TimeSpan.Zero));

    public WorkflowRuntimeOptions Options { get; }

    public WorkflowDbContextFactory Contexts { get; }

    public EfDefinitionRepository Definitions { get; }

    public EfInstanceStore Store { get; }

    public WorkflowEngine Engine { get; }

    public static async Task<StoreHarness> CreateAsync(Action<WorkflowRuntimeOptions>? configure = null)
    {
        var harness = new StoreHarness(configure);
        await new DatabaseMigrator(harness.Contexts).MigrateAsync();
        return harness;
    }

    public WorkflowDbContext Db() => Contexts.Create();

    public async ValueTask DisposeAsync()
    {
        await Store.DisposeAsync();
        Definitions.Dispose();
        SqliteConnection.ClearAllPools();
        _folder.Dispose();
    }
}
