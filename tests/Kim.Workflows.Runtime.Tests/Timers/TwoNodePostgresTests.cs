using Hangfire;
using Hangfire.States;
using Kim.Workflows.Engine.Execution.Journal;
using Kim.Workflows.Runtime.Persistence.Entities;
using Kim.Workflows.Runtime.Tests.Support;
using Kim.Workflows.Runtime.Timers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Xunit.Abstractions;

namespace Kim.Workflows.Runtime.Tests.Timers;

/// <summary>
/// Two app nodes (two hosts in this process, each with its own Hangfire storage object, activator and server)
/// on one PostgreSQL database and Hangfire's PostgreSQL storage: 1,000 timers, each fires exactly once, even
/// when every timer has two jobs that the nodes run concurrently.
/// </summary>
public sealed class TwoNodePostgresTests(PostgresServer server, ITestOutputHelper output) : IClassFixture<PostgresServer>
{
    private const int Timers = 1_000;

    [Fact]
    public async Task Two_nodes_on_one_postgres_fire_each_of_1000_timers_exactly_once()
    {
        var connectionString = await server.CreateDatabaseAsync();
        using var folder = new TempDirectory();
        var time = TestClock.At();
        void Postgres(WorkflowRuntimeOptions o)
        {
            o.Provider = DatabaseProvider.Postgres;
            o.ConnectionString = connectionString;
            o.HangfireStorage = HangfireStorageKind.Postgres;
            o.QueuePollInterval = TimeSpan.FromMilliseconds(50);
            o.SchedulePollingInterval = TimeSpan.FromMilliseconds(200);
        }

        await using var nodeA = await RuntimeHost.StartAsync(Path.Combine(folder.Path, "a"), time, options: Postgres);
        await nodeA.Runtime.DeployAsync(Bpmn.Read("Timers/timer-wait.bpmn"), "timer-wait.bpmn");
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var wait = new Dictionary<string, object?> { ["wait"] = "PT1H" };
        await Task.WhenAll(Enumerable.Range(0, 4).Select(worker => Task.Run(async () =>
        {
            for (var n = worker; n < Timers; n += 4)
            {
                await nodeA.Runtime.StartAsync("erinnerung", $"KIM-2026-{n:D4}", wait);
            }
        })));

        output.WriteLine($"{Timers} instances started on node A: {watch.Elapsed.TotalSeconds:0.0} s");
        var monitoring = nodeA.Hangfire.GetMonitoringApi();
        Assert.Equal(Timers, monitoring.ScheduledCount());

        // A second node joins while the timers are pending: with shared storage it must not schedule them again.
        await using var nodeB = await RuntimeHost.StartAsync(Path.Combine(folder.Path, "b"), time, options: Postgres);
        Assert.Equal(Timers, monitoring.ScheduledCount());

        // The hour passes. Worst case on purpose: every timer gets a second job (an explicit re-schedule, as a
        // misconfigured node would do at start-up), and the scheduled jobs are moved to the queue at once.
        time.Advance(TimeSpan.FromHours(1));
        Assert.Equal(Timers, await nodeB.Job<TimerMaintenance>().RescheduleAllAsync());
        var client = nodeA.Services.GetRequiredService<IBackgroundJobClient>();
        foreach (var job in monitoring.ScheduledJobs(0, Timers))
        {
            client.ChangeState(job.Key, new EnqueuedState("default"), ScheduledState.StateName);
        }

        await Eventually.WaitForAsync(
            async () =>
            {
                await using var db = nodeA.Db();
                return await db.Timers.CountAsync(t => t.Status == TimerStatus.Fired);
            },
            fired => fired == Timers, "all timers to fire on the two nodes", TimeSpan.FromSeconds(60));
        output.WriteLine($"all timers fired: {watch.Elapsed.TotalSeconds:0.0} s");
        await Eventually.WaitForAsync(
            () => Task.FromResult(monitoring.EnqueuedCount("default") + monitoring.ProcessingCount()),
            left => left == 0, "the queue to drain", TimeSpan.FromSeconds(30));

        output.WriteLine($"succeeded jobs: {monitoring.SucceededListCount()}, failed: {monitoring.FailedCount()}");
        await using var check = nodeA.Db();
        var firedPerInstance = await check.Journal.Where(j => j.Kind == JournalEntryKind.ElementCompleted && j.ElementId == "warten")
            .GroupBy(j => j.InstanceId).Select(g => g.Count()).ToListAsync();
        Assert.Equal(Timers, firedPerInstance.Count);
        Assert.All(firedPerInstance, c => Assert.Equal(1, c));
        Assert.All(await check.Timers.ToListAsync(), t => Assert.Equal(1, t.FiredCount));
        Assert.Equal(Timers, await check.UserTasks.CountAsync(t => t.State == UserTaskState.Open && t.ElementId == "nachfassen"));
        Assert.Equal(0, monitoring.FailedCount());
    }
}
