using Kim.Workflows.Engine.Commands;
using Kim.Workflows.Engine.Execution.Journal;
using Kim.Workflows.Runtime.Persistence.Entities;
using Kim.Workflows.Runtime.Tests.Support;
using Kim.Workflows.Runtime.Timers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace Kim.Workflows.Runtime.Tests.Timers;

public sealed class TimerTests
{
    private static FakeTimeProvider Clock() => TestClock.At();

    private static Dictionary<string, object?> Wait(string duration) => new() { ["wait"] = duration };

    [Fact]
    public async Task A_timer_fires_through_hangfire_exactly_once_even_when_its_job_runs_again()
    {
        using var folder = new TempDirectory();
        var time = Clock();
        await using var host = await RuntimeHost.StartAsync(folder.Path, time);
        await host.Runtime.DeployAsync(Bpmn.Read("Timers/timer-wait.bpmn"), "timer-wait.bpmn");
        await host.Runtime.StartAsync("erinnerung", "KIM-1", Wait("PT2S"));
        Guid timerId;
        await using (var db = host.Db())
        {
            timerId = (await db.Timers.SingleAsync()).Id;
        }

        time.Advance(TimeSpan.FromSeconds(2));
        await Eventually.WaitForAsync(() => TimerStatusAsync(host, timerId), s => s == TimerStatus.Fired, "the timer to fire through Hangfire");

        Assert.Equal(TimerFireOutcome.Gone, await host.Job<TimerJob>().FireAsync(timerId, CancellationToken.None));
        Assert.Equal(TimerFireOutcome.Gone, await host.Job<TimerJob>().FireAsync(timerId, CancellationToken.None));
        await using (var db = host.Db())
        {
            Assert.Equal(1, await db.Journal.CountAsync(j => j.Kind == JournalEntryKind.ElementCompleted && j.ElementId == "warten"));
            Assert.Equal(1, (await db.Timers.SingleAsync()).FiredCount);
            Assert.Equal(UserTaskState.Open, (await db.UserTasks.SingleAsync()).State);
        }
    }

    [Fact]
    public async Task An_early_job_reschedules_itself_and_the_sweep_fires_a_due_timer()
    {
        using var folder = new TempDirectory();
        var time = Clock();
        await using var host = await RuntimeHost.StartAsync(folder.Path, time);
        await host.Runtime.DeployAsync(Bpmn.Read("Timers/timer-wait.bpmn"), "timer-wait.bpmn");
        await host.Runtime.StartAsync("erinnerung", "KIM-2", Wait("PT1H"));
        Guid timerId;
        await using (var db = host.Db())
        {
            timerId = (await db.Timers.SingleAsync()).Id;
        }

        var scheduledBefore = host.Hangfire.GetMonitoringApi().ScheduledCount();
        Assert.Equal(TimerFireOutcome.NotDue, await host.Job<TimerJob>().FireAsync(timerId, CancellationToken.None));
        Assert.Equal(scheduledBefore + 1, host.Hangfire.GetMonitoringApi().ScheduledCount());
        Assert.Equal(TimerStatus.Pending, await TimerStatusAsync(host, timerId));

        time.Advance(TimeSpan.FromHours(1));
        Assert.Equal(1, await host.Job<TimerMaintenance>().FireDueAsync());
        Assert.Equal(TimerStatus.Fired, await TimerStatusAsync(host, timerId));
        Assert.Equal(0, await host.Job<TimerMaintenance>().FireDueAsync());
    }

    [Fact]
    public async Task After_a_restart_pending_timers_are_rescheduled_from_the_database_and_fire()
    {
        using var folder = new TempDirectory();
        var time = Clock();
        Guid timerId;
        await using (var first = await RuntimeHost.StartAsync(folder.Path, time))
        {
            await first.Runtime.DeployAsync(Bpmn.Read("Timers/timer-wait.bpmn"), "timer-wait.bpmn");
            await first.Runtime.StartAsync("erinnerung", "KIM-3", Wait("PT3S"));
            await using var db = first.Db();
            timerId = (await db.Timers.SingleAsync()).Id;
        }

        await using var second = await RuntimeHost.StartAsync(folder.Path, time);
        Assert.Equal(1, second.Hangfire.GetMonitoringApi().ScheduledCount());
        Assert.Equal(TimerStatus.Pending, await TimerStatusAsync(second, timerId));

        time.Advance(TimeSpan.FromSeconds(3));
        await Eventually.WaitForAsync(() => TimerStatusAsync(second, timerId), s => s == TimerStatus.Fired, "the re-scheduled timer to fire");
        await using var check = second.Db();
        Assert.Equal(1, await check.Journal.CountAsync(j => j.Kind == JournalEntryKind.ElementCompleted && j.ElementId == "warten"));
    }

    [Fact]
    public async Task Timers_beyond_the_horizon_get_their_job_from_the_sweep_when_they_come_into_range()
    {
        using var folder = new TempDirectory();
        var time = Clock();
        await using (var first = await RuntimeHost.StartAsync(folder.Path, time))
        {
            await first.Runtime.DeployAsync(Bpmn.Read("Timers/timer-wait.bpmn"), "timer-wait.bpmn");
            await first.Runtime.StartAsync("erinnerung", "KIM-4", Wait("PT1H"));
            await first.Runtime.StartAsync("erinnerung", "KIM-5", Wait("P3D"));
            Assert.Equal(1, first.Hangfire.GetMonitoringApi().ScheduledCount()); // P3D is beyond the 24 h horizon
        }

        await using var second = await RuntimeHost.StartAsync(folder.Path, time);
        Assert.Equal(1, second.Hangfire.GetMonitoringApi().ScheduledCount()); // start-up: only the one within the horizon
        var maintenance = second.Job<TimerMaintenance>();
        Assert.Equal(0, await maintenance.ScheduleEnteringHorizonAsync());

        time.Advance(TimeSpan.FromDays(2) + TimeSpan.FromHours(1));
        Assert.Equal(1, await maintenance.ScheduleEnteringHorizonAsync());
        Assert.Equal(0, await maintenance.ScheduleEnteringHorizonAsync());
        Assert.Equal(2, second.Hangfire.GetMonitoringApi().ScheduledCount() + second.Hangfire.GetMonitoringApi().EnqueuedCount("default")
            + second.Hangfire.GetMonitoringApi().SucceededListCount());
    }

    private static async Task<TimerStatus> TimerStatusAsync(RuntimeHost host, Guid timerId)
    {
        await using var db = host.Db();
        return await db.Timers.Where(t => t.Id == timerId).Select(t => t.Status).SingleAsync();
    }
}
