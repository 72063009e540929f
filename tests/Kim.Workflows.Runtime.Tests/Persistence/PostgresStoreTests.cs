using Kim.Workflows.Engine.Commands;
using Kim.Workflows.Engine.Execution;
using Kim.Workflows.Engine.Execution.Effects;
using Kim.Workflows.Engine.Execution.Journal;
using Kim.Workflows.Runtime.Persistence.Entities;
using Kim.Workflows.Runtime.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Kim.Workflows.Runtime.Tests.Persistence;

/// <summary>The same store behaviour on a real PostgreSQL with its own migration set.</summary>
public sealed class PostgresStoreTests(PostgresServer server) : IClassFixture<PostgresServer>
{
    private async Task<StoreHarness> HarnessAsync()
    {
        var connectionString = await server.CreateDatabaseAsync();
        return await StoreHarness.CreateAsync(o =>
        {
            o.Provider = DatabaseProvider.Postgres;
            o.ConnectionString = connectionString;
        });
    }

    [Fact]
    public async Task Round_trip_and_versions_on_postgres()
    {
        await using var h = await HarnessAsync();
        var xml = Bpmn.Read("Persistence/user-task.bpmn");
        await h.Definitions.DeployAsync(xml, "user-task.bpmn");
        Assert.True((await h.Definitions.DeployAsync(xml, "user-task.bpmn")).Unchanged);

        var started = await h.Engine.StartAsync("erstberatung", "KIM-2026-0042", new Dictionary<string, object?> { ["district"] = "ahlen", ["seit"] = DateTimeOffset.Parse("2026-01-01T10:00:00+01:00") });
        await h.Definitions.DeployAsync(xml.Replace("Erstberatung durchführen", "Erstberatung", StringComparison.Ordinal), "user-task.bpmn");
        var taskId = started.Effects.OfType<UserTaskCreated>().Single().TaskId;
        await h.Engine.CompleteTaskAsync(taskId, null, new CommandContext("complete-task", "anna"));

        await using var db = h.Db();
        var instance = await db.Instances.SingleAsync();
        Assert.Equal(InstanceStatus.Completed, instance.Status);
        Assert.Equal("erstberatung:1", instance.DefinitionId);
        Assert.Equal(UserTaskState.Completed, (await db.UserTasks.SingleAsync()).State);
        Assert.Equal(2, await db.Definitions.CountAsync());
    }

    [Fact]
    public async Task Fifty_parallel_completions_have_exactly_one_winner_on_postgres()
    {
        await using var h = await HarnessAsync();
        await h.Definitions.DeployAsync(Bpmn.Read("Persistence/user-task.bpmn"), "user-task.bpmn");
        var started = await h.Engine.StartAsync("erstberatung", null, new Dictionary<string, object?> { ["district"] = "ahlen" });
        var taskId = started.Effects.OfType<UserTaskCreated>().Single().TaskId;

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 50).Select(n => Task.Run(async () =>
        {
            try
            {
                await h.Engine.CompleteTaskAsync(taskId, null, new CommandContext("complete-task", $"user{n}"));
                return true;
            }
            catch (Exception e) when (e is ConcurrencyConflictException or NotFoundException)
            {
                return false;
            }
        })));

        Assert.Single(outcomes, o => o);
        await using var db = h.Db();
        Assert.Equal(1, await db.Journal.CountAsync(j => j.Kind == JournalEntryKind.ElementCompleted && j.ElementId == "beraten"));
    }
}
