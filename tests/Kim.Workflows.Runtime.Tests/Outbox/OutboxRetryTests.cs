using Kim.Workflows.Engine.Execution.Effects;
using Kim.Workflows.Runtime.Outbox;
using Kim.Workflows.Runtime.Persistence.Entities;
using Kim.Workflows.Runtime.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Kim.Workflows.Runtime.Tests.Outbox;

/// <summary>
/// The dispatcher never gives up silently: a failing row is retried (delays capped at the policy's maximum) well past the
/// old give-up point of 10 attempts and is never marked done undelivered; after the retry window, or when the handler says
/// retrying cannot help, it becomes an outbox incident that only an administrator's retry applies.
/// </summary>
public sealed class OutboxRetryTests
{
    [Fact]
    public async Task A_failing_row_is_retried_every_minute_at_most_and_is_done_only_once_applied()
    {
        using var folder = new TempDirectory();
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 8, 0, 0, TimeSpan.Zero));
        var handler = new FlakyHandler { Failure = () => new InvalidOperationException("Postfach nicht erreichbar") };
        await using var host = await StartAsync(folder.Path, time, handler);
        var dispatcher = host.Services.GetRequiredService<OutboxDispatcher>();
        await host.Runtime.StartAsync("erstberatung", "OUTBOX-1", new Dictionary<string, object?> { ["district"] = "sued" }, "test");
        var row = await RowAsync(host);
        Assert.Equal(1, handler.Calls);
        Assert.Equal(time.GetUtcNow() + TimeSpan.FromSeconds(2), row.NextAttemptAt); // the first delay
        Assert.Equal(time.GetUtcNow(), row.FailingSince);

        for (var minute = 0; minute < 30; minute++)
        {
            time.Advance(TimeSpan.FromMinutes(1));
            await dispatcher.DispatchPendingAsync();
            row = await RowAsync(host);
            Assert.InRange(row.NextAttemptAt - time.GetUtcNow(), TimeSpan.Zero, TimeSpan.FromSeconds(60)); // capped
        }

        Assert.Equal(31, handler.Calls);
        Assert.Null(row.DoneAt);
        Assert.Null(row.IncidentAt);
        Assert.Equal("Postfach nicht erreichbar", row.LastError);

        handler.Failure = null;
        time.Advance(TimeSpan.FromMinutes(1));
        await dispatcher.DispatchPendingAsync();
        row = await RowAsync(host);
        Assert.NotNull(row.DoneAt);
        Assert.Null(row.LastError);
        Assert.Null(row.FailingSince);
        Assert.Equal(32, handler.Calls);
    }

    [Fact]
    public async Task After_the_window_or_on_give_up_the_row_is_an_incident_that_only_an_administrator_retries()
    {
        using var folder = new TempDirectory();
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 8, 0, 0, TimeSpan.Zero));
        var handler = new FlakyHandler { Failure = () => new InvalidOperationException("452 try later") };
        await using var host = await StartAsync(folder.Path, time, handler);
        var dispatcher = host.Services.GetRequiredService<OutboxDispatcher>();
        var monitor = host.Services.GetRequiredService<OutboxMonitor>();
        await host.Runtime.StartAsync("erstberatung", "OUTBOX-2", new Dictionary<string, object?> { ["district"] = "sued" }, "test");
        await host.Runtime.StartAsync("erstberatung", "OUTBOX-3", new Dictionary<string, object?> { ["district"] = "sued" }, "test");
        var rows = await RowsAsync(host);
        Assert.Equal((2, 0), await monitor.CountsAsync());

        // One row past the window (24 h), the other refused for good by its handler.
        time.Advance(TimeSpan.FromHours(24) + TimeSpan.FromSeconds(1));
        await dispatcher.DispatchRowsAsync([rows[0].Id]);
        handler.Failure = () => new OutboxGiveUpException("550 mailbox unknown");
        await dispatcher.DispatchRowsAsync([rows[1].Id]);
        rows = await RowsAsync(host);
        Assert.All(rows, r => Assert.True(r.IncidentAt is not null && r.DoneAt is null, $"{r.Id}: incident {r.IncidentAt}, done {r.DoneAt}"));
        Assert.Equal((0, 2), await monitor.CountsAsync());
        Assert.Equal(["452 try later", "550 mailbox unknown"], (await monitor.FailingAsync()).Select(f => f.LastError).Order(StringComparer.Ordinal));

        // Incidents wait for a person: no sweep applies them.
        handler.Failure = null;
        var calls = handler.Calls;
        time.Advance(TimeSpan.FromHours(1));
        await dispatcher.DispatchPendingAsync();
        Assert.Equal(calls, handler.Calls);

        Assert.True(await monitor.RetryAsync(rows[0].Id));
        Assert.True(await monitor.RetryAsync(rows[1].Id));
        Assert.All(await RowsAsync(host), r => Assert.True(r.DoneAt is not null && r.IncidentAt is null && r.LastError is null));
        Assert.Equal((0, 0), await monitor.CountsAsync());
        Assert.False(await monitor.RetryAsync(rows[0].Id));
    }

    private static async Task<RuntimeHost> StartAsync(string folder, FakeTimeProvider time, FlakyHandler handler)
    {
        var host = await RuntimeHost.StartAsync(folder, time, s => s.AddSingleton<IOutboxEffectHandler>(handler));
        Assert.True((await host.Runtime.DeployAsync(Bpmn.Read("Persistence/user-task.bpmn"), "user-task.bpmn")).Success);
        return host;
    }

    private static async Task<OutboxRecord> RowAsync(RuntimeHost host) => Assert.Single(await RowsAsync(host));

    private static async Task<List<OutboxRecord>> RowsAsync(RuntimeHost host)
    {
        await using var db = host.Db();
        return await db.Outbox.AsNoTracking().Where(o => o.Kind == OutboxKinds.UserTaskCreated).OrderBy(o => o.CreatedAt).ThenBy(o => o.Id).ToListAsync();
    }

    /// <summary>The "user-task-created" handler of a test: fails with the set exception while one is set.</summary>
    private sealed class FlakyHandler : IOutboxEffectHandler
    {
        private int _calls;

        public Func<Exception>? Failure { get; set; }

        public int Calls => Volatile.Read(ref _calls);

        public string Kind => OutboxKinds.UserTaskCreated;

        public Task ApplyAsync(string idempotencyKey, EngineEffect effect, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _calls);
            return Failure is { } fail ? Task.FromException(fail()) : Task.CompletedTask;
        }
    }
}
