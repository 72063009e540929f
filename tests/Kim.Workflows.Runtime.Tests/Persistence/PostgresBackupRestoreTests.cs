using Kim.Workflows.Engine.Execution.Journal;
using Kim.Workflows.Runtime.Persistence.Entities;
using Kim.Workflows.Runtime.Tests.Support;
using Kim.Workflows.Runtime.Timers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using Npgsql;

namespace Kim.Workflows.Runtime.Tests.Persistence;

/// <summary>
/// The PostgreSQL procedure of docs/deployment.md: <c>pg_dump</c> while instances are being started, <c>pg_restore</c> into an
/// empty database, a fresh runtime on it: the waiting instances resume and every pending timer fires once.
/// </summary>
public sealed class PostgresBackupRestoreTests(PostgresServer server) : IClassFixture<PostgresServer>
{
    [Fact]
    public async Task A_pg_dump_taken_under_load_restores_into_a_fresh_runtime_whose_timers_fire_once()
    {
        var source = await server.CreateDatabaseAsync();
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 8, 0, 0, TimeSpan.Zero));
        string dump;
        int before, after;
        using (var folder = new TempDirectory())
        await using (var first = await RuntimeHost.StartAsync(folder.Path, time, options: o => Postgres(o, source)))
        {
            await first.Runtime.DeployAsync(Bpmn.Read("Timers/timer-wait.bpmn"), "timer-wait.bpmn");
            using var stop = new CancellationTokenSource();
            var started = 0;
            var load = Task.Run(async () =>
            {
                for (var n = 0; !stop.IsCancellationRequested; n++)
                {
                    await first.Runtime.StartAsync("erinnerung", $"PG-{n:D4}", new Dictionary<string, object?> { ["wait"] = "PT10M" });
                    Interlocked.Increment(ref started);
                }
            });
            await Eventually.WaitForAsync(() => Task.FromResult(Volatile.Read(ref started) >= 20), "load running");
            before = Volatile.Read(ref started);
            dump = await server.DumpAsync(source);
            await Eventually.WaitForAsync(() => Task.FromResult(Volatile.Read(ref started) >= before + 10), "load going on after the dump");
            await stop.CancelAsync();
            await load;
            after = Volatile.Read(ref started);
        }

        NpgsqlConnection.ClearAllPools();
        var restored = await server.CreateDatabaseAsync();
        await server.RestoreAsync(dump, restored);

        using var second = new TempDirectory();
        await using var host = await RuntimeHost.StartAsync(second.Path, time, options: o => Postgres(o, restored));
        int instances;
        await using (var db = host.Db())
        {
            instances = await db.Instances.CountAsync();
        }

        Assert.InRange(instances, before, after - 1); // a snapshot in the middle of the load
        time.Advance(TimeSpan.FromMinutes(11));
        var maintenance = host.Job<TimerMaintenance>();
        while (await maintenance.FireDueAsync() > 0)
        {
        }

        await using (var db = host.Db())
        {
            var timers = await db.Timers.AsNoTracking().ToListAsync();
            Assert.Equal(instances, timers.Count);
            Assert.All(timers, t => Assert.True(t.Status == TimerStatus.Fired && t.FiredCount == 1, $"timer {t.Id}: {t.Status}, fired {t.FiredCount}"));
            Assert.Equal(instances, await db.Journal.CountAsync(j => j.Kind == JournalEntryKind.ElementCompleted && j.ElementId == "warten"));
            Assert.Equal(instances, await db.UserTasks.CountAsync(t => t.State == UserTaskState.Open && t.ElementId == "nachfassen"));
        }
    }

    private static void Postgres(WorkflowRuntimeOptions options, string connectionString)
    {
        options.Provider = DatabaseProvider.Postgres;
        options.ConnectionString = connectionString;
    }
}
