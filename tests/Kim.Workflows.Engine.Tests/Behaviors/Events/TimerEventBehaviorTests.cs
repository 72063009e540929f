using Kim.Workflows.Engine.Commands;
using Kim.Workflows.Engine.Execution;
using Kim.Workflows.Engine.Execution.Effects;
using Kim.Workflows.Engine.Tests.Support;
using Kim.Workflows.Engine.Timers;

namespace Kim.Workflows.Engine.Tests.Behaviors.Events;

public sealed class TimerEventBehaviorTests
{
    [Fact]
    public async Task Intermediate_timer_P3M_is_due_three_calendar_months_later()
    {
        var h = new EngineHarness();
        h.Deploy("Behaviors/Events/timer-intermediate-months.bpmn");
        var id = await h.StartAsync("timerMonths");

        var scheduled = Assert.Single(h.EffectsOf<TimerScheduled>());
        Assert.Equal("wait", scheduled.ElementId);
        // 15 January 09:00 in Berlin → 15 April 09:00 in Berlin (local time kept across the DST change).
        var startLocal = BerlinCalendar.ToBerlin(EngineHarness.Start);
        var dueLocal = BerlinCalendar.ToBerlin(scheduled.DueAt);
        Assert.Equal(startLocal.DateTime.AddMonths(3), dueLocal.DateTime);

        var fired = await h.FireTimerAsync("wait");
        Assert.Equal(TimerFireOutcome.Fired, fired.Outcome);
        Assert.Equal(["reassess"], h.Instance(id).Subscriptions.Select(s => s.ElementId));
    }

    [Fact]
    public async Task Firing_is_idempotent_and_an_early_call_changes_nothing()
    {
        var h = new EngineHarness();
        h.Deploy("Behaviors/Events/timer-intermediate-months.bpmn");
        var id = await h.StartAsync("timerMonths");
        var timer = h.FindWaiting("wait", SubscriptionKind.Timer)!;
        var revision = h.Instance(id).Revision;

        h.Time.SetUtcNow(timer.DueAt!.Value.AddSeconds(-1));
        var early = await h.Engine.FireTimerAsync(timer.Id);
        Assert.Equal(TimerFireOutcome.NotDue, early.Outcome);
        Assert.Equal(timer.DueAt, early.DueAt);
        Assert.Equal(revision, h.Instance(id).Revision);
        Assert.Equal(["wait"], h.Instance(id).Subscriptions.Select(s => s.ElementId));

        h.Time.SetUtcNow(timer.DueAt!.Value);
        Assert.Equal(TimerFireOutcome.Fired, (await h.Engine.FireTimerAsync(timer.Id)).Outcome);
        var afterFirst = h.Instance(id).Revision;

        var second = await h.Engine.FireTimerAsync(timer.Id);
        Assert.Equal(TimerFireOutcome.Gone, second.Outcome);
        Assert.Equal(afterFirst, h.Instance(id).Revision);
        Assert.Single(h.Completed(id), "wait");
    }

    [Fact]
    public async Task Interrupting_boundary_timer_cancels_the_task()
    {
        var h = new EngineHarness();
        h.Deploy("Behaviors/Events/boundary-timer-interrupting.bpmn");
        var id = await h.StartAsync("timerInterrupting");
        var task = h.Waiting("answer");

        var fired = await h.FireTimerAsync("late");

        Assert.Equal(TimerFireOutcome.Fired, fired.Outcome);
        Assert.Equal(EngineHarness.Start.AddHours(2), h.Time.GetUtcNow());
        Assert.Equal(["escalate"], h.Instance(id).Subscriptions.Select(s => s.ElementId));
        Assert.DoesNotContain("answer", h.Completed(id));
        Assert.Contains(h.EffectsOf<UserTaskEnded>(), e => e.TaskId == task && !e.Completed);
        await Assert.ThrowsAsync<NotFoundException>(() => h.Engine.CompleteTaskAsync(task, null));
    }

    [Fact]
    public async Task Non_interrupting_cycle_fires_at_most_three_times_and_the_task_stays()
    {
        var h = new EngineHarness();
        h.Deploy("Behaviors/Events/boundary-timer-cycle.bpmn");
        var id = await h.StartAsync("timerCycle");

        for (var i = 1; i <= 3; i++)
        {
            var fired = await h.FireTimerAsync("remind");
            Assert.Equal(TimerFireOutcome.Fired, fired.Outcome);
            Assert.Equal(EngineHarness.Start.AddHours(i), h.Time.GetUtcNow());
        }

        Assert.Null(h.FindWaiting("remind", SubscriptionKind.Timer));
        Assert.Equal(3, h.Completed(id).Count(e => e == "remind"));
        Assert.Equal(3, h.Completed(id).Count(e => e == "reminded"));
        Assert.Equal(["answer"], h.Instance(id).Subscriptions.Select(s => s.ElementId));

        await h.CompleteAsync("answer");
        Assert.Equal(InstanceStatus.Completed, h.Instance(id).Status);
    }

    [Fact]
    public async Task Cycle_timer_is_removed_when_the_host_completes()
    {
        var h = new EngineHarness();
        h.Deploy("Behaviors/Events/boundary-timer-cycle.bpmn");
        var id = await h.StartAsync("timerCycle");
        var timer = h.Waiting("remind", SubscriptionKind.Timer);

        await h.CompleteAsync("answer");

        Assert.Equal(InstanceStatus.Completed, h.Instance(id).Status);
        Assert.Contains(h.EffectsOf<TimerCancelled>(), e => e.TimerId == timer);
        h.Time.Advance(TimeSpan.FromDays(1));
        Assert.Equal(TimerFireOutcome.Gone, (await h.Engine.FireTimerAsync(timer)).Outcome);
    }
}
