using System.Text;
using Kim.Workflows.Engine.Commands;
using Kim.Workflows.Engine.Execution;
using Kim.Workflows.Engine.Execution.Effects;
using Kim.Workflows.Engine.Persistence;
using Kim.Workflows.Engine.Tests.Support;
using Kim.Workflows.Engine.Timers;

namespace Kim.Workflows.Engine.Tests.Behaviors.Events;

/// <summary>
/// Deadlines where a person must act: user-task due dates and timers marked <c>kim:arbeitstage</c> land on working
/// days; unmarked timers keep calendar semantics.
/// </summary>
public sealed class WorkingDayDeadlineTests
{
    private const string Marked = """<extensionElements><camunda:properties><camunda:property name="kim:arbeitstage" value="true"/></camunda:properties></extensionElements>""";

    private const string MarkedBackwards = """<extensionElements><camunda:properties><camunda:property name="kim:arbeitstage" value="true"/><camunda:property name="kim:richtung" value="vorher"/></camunda:properties></extensionElements>""";

    [Fact]
    public async Task A_reassessment_due_on_a_sunday_moves_to_monday_at_the_same_time()
    {
        var h = Harness(TestClock.Berlin(2026, 3, 2, 9));
        Deploy(h, UserTaskProcess("""camunda:dueDate="${reassessmentDue}" """, ""));

        await h.StartAsync("deadline", new { reassessmentDue = "2026-03-08T10:00:00" });

        Assert.Equal(TestClock.Berlin(2026, 3, 9, 10), DueDate(h));
    }

    [Fact]
    public async Task A_protocol_due_on_christmas_day_moves_to_28_december_or_further_with_closure_days()
    {
        var h = Harness(TestClock.Berlin(2026, 12, 14, 9));
        Deploy(h, UserTaskProcess("""camunda:dueDate="${protokollFaellig}" """, ""));
        await h.StartAsync("deadline", new { protokollFaellig = "2026-12-25T12:00:00+01:00" });
        Assert.Equal(TestClock.Berlin(2026, 12, 28, 12), DueDate(h));

        var closed = Harness(TestClock.Berlin(2026, 12, 14, 9), WorkingDayCalendar.FromClosureTexts(["24.12.", "31.12."]));
        Deploy(closed, UserTaskProcess("""camunda:dueDate="${protokollFaellig}" """, ""));
        await closed.StartAsync("deadline", new { protokollFaellig = "2026-12-31T12:00:00+01:00" });
        Assert.Equal(TestClock.Berlin(2027, 1, 4, 12), DueDate(closed));
    }

    [Theory]
    [InlineData("P10D", false, 2026, 4, 7)] // unmarked: ten calendar days land on Ostermontag, moved to Tuesday
    [InlineData("P10D", true, 2026, 4, 14)] // marked: ten working days (30.3.–2.4., 7.4.–10.4., 13.4., 14.4.)
    [InlineData("7 AT", false, 2026, 4, 9)] // "AT" always counts working days
    public async Task A_due_duration_counts_working_days_when_the_task_is_marked(string dueDate, bool marked, int year, int month, int day)
    {
        var h = Harness(TestClock.Berlin(2026, 3, 27, 9)); // Friday before the Easter holidays
        Deploy(h, UserTaskProcess($"""camunda:dueDate="{dueDate}" """, marked ? Marked : ""));

        await h.StartAsync("deadline");

        Assert.Equal(TestClock.Berlin(year, month, day, 9), DueDate(h));
    }

    [Theory]
    [InlineData("P10D")]
    [InlineData("10 AT")]
    public async Task A_marked_ten_working_day_timer_over_easter_is_due_on_the_tenth_working_day(string duration)
    {
        var h = Harness(TestClock.Berlin(2026, 3, 26, 9));
        Deploy(h, TimerProcess("timeDuration", duration, Marked));

        await h.StartAsync("deadline");

        // Fri 27.3., Mon 30.3. – Thu 2.4., Karfreitag and Ostermontag skipped, Tue 7.4. – Mon 13.4.
        Assert.Equal(TestClock.Berlin(2026, 4, 13, 9), TimerDue(h));
    }

    [Fact]
    public async Task An_unmarked_timer_keeps_calendar_days_even_onto_easter_sunday()
    {
        var h = Harness(TestClock.Berlin(2026, 3, 26, 9));
        Deploy(h, TimerProcess("timeDuration", "P10D", ""));

        await h.StartAsync("deadline");

        Assert.Equal(TestClock.Berlin(2026, 4, 5, 9), TimerDue(h));
    }

    [Fact]
    public async Task An_unmarked_timer_refuses_the_working_day_notation_so_camunda_semantics_never_change()
    {
        var h = Harness(TestClock.Berlin(2026, 3, 26, 9));
        var result = h.Definitions.Deploy(Encoding.UTF8.GetBytes(TimerProcess("timeDuration", "10 AT", "")));

        Assert.False(result.Success);
        Assert.Contains(result.Problems, p => p.ElementId == "wait" && p.Rule == "invalid-timer");
    }

    [Theory]
    [InlineData("2026-04-12T09:00:00", 2026, 4, 10)] // the day before Monday 13.4. is a Sunday: Friday
    [InlineData("2026-04-06T09:00:00", 2026, 4, 2)] // the day before Tuesday 7.4. is Ostermontag: Thursday before Karfreitag
    [InlineData("2026-04-08T09:00:00", 2026, 4, 8)] // a working day stays
    public async Task A_backwards_reminder_moves_to_the_previous_working_day(string dayBefore, int year, int month, int day)
    {
        var h = Harness(TestClock.Berlin(2026, 3, 2, 9));
        Deploy(h, TimerProcess("timeDate", "${erinnerung}", MarkedBackwards));

        await h.StartAsync("deadline", new { erinnerung = dayBefore });

        Assert.Equal(TestClock.Berlin(year, month, day, 9), TimerDue(h));
    }

    [Fact]
    public async Task Each_occurrence_of_a_marked_cycle_lands_on_a_working_day()
    {
        // Friday 27.3.2026 09:00: Saturday moves to Monday 30.3.; the next day counts from there (Tuesday 31.3.).
        var h = new EngineHarness(new ExecutorOptions { WorkingDays = WorkingDayCalendar.Nrw });
        h.Time.SetUtcNow(TestClock.Berlin(2026, 3, 27, 9));
        Deploy(h, BoundaryCycleProcess("R2/P1D", Marked));
        await h.StartAsync("deadline");
        Assert.Equal(TestClock.Berlin(2026, 3, 30, 9), h.FindWaiting("remind", SubscriptionKind.Timer)!.DueAt);

        await h.FireTimerAsync("remind");

        Assert.Equal(TestClock.Berlin(2026, 3, 31, 9), h.FindWaiting("remind", SubscriptionKind.Timer)!.DueAt);
    }

    [Fact]
    public async Task A_backwards_move_into_the_past_keeps_the_calendar_time_instead_of_firing_at_once()
    {
        // Planned on Saturday 11.4. 08:00 for a Monday conference: the Sunday reminder cannot move back to Friday.
        var h = Harness(TestClock.Berlin(2026, 4, 11, 8));
        Deploy(h, TimerProcess("timeDate", "${erinnerung}", MarkedBackwards));

        await h.StartAsync("deadline", new { erinnerung = "2026-04-12T09:00:00" });

        Assert.Equal(TestClock.Berlin(2026, 4, 12, 9), TimerDue(h));
    }

    [Fact]
    public async Task A_marked_timer_fires_at_the_right_instant_through_the_switch_to_summer_time()
    {
        // Friday 27.3.2026 09:00 CET (08:00 UTC); one working day later is Monday 30.3. 09:00 CEST (07:00 UTC).
        var h = Harness(TestClock.Berlin(2026, 3, 27, 9));
        Deploy(h, TimerProcess("timeDuration", "1 AT", Marked));
        var id = await h.StartAsync("deadline");
        var timer = h.FindWaiting("wait", SubscriptionKind.Timer)!;
        Assert.Equal(new DateTimeOffset(2026, 3, 30, 7, 0, 0, TimeSpan.Zero), timer.DueAt);

        h.Time.SetUtcNow(new DateTimeOffset(2026, 3, 30, 6, 59, 59, TimeSpan.Zero));
        Assert.Equal(TimerFireOutcome.NotDue, (await h.Engine.FireTimerAsync(timer.Id)).Outcome);
        h.Time.SetUtcNow(new DateTimeOffset(2026, 3, 30, 7, 0, 0, TimeSpan.Zero));
        Assert.Equal(TimerFireOutcome.Fired, (await h.Engine.FireTimerAsync(timer.Id)).Outcome);
        Assert.Equal(["act"], h.Instance(id).Subscriptions.Select(s => s.ElementId));
    }

    [Theory]
    [InlineData("""<camunda:property name="kim:arbeitstage" value="ja"/>""")]
    [InlineData("""<camunda:property name="kim:arbeitstage" value="true"/><camunda:property name="kim:richtung" value="rückwärts"/>""")]
    [InlineData("""<camunda:property name="kim:richtung" value="vorher"/>""")]
    public void A_wrong_marking_is_a_deploy_error_naming_the_element(string properties)
    {
        var h = Harness(TestClock.Berlin(2026, 3, 2, 9));
        var xml = TimerProcess("timeDuration", "P1D", $"<extensionElements><camunda:properties>{properties}</camunda:properties></extensionElements>");

        var result = h.Definitions.Deploy(Encoding.UTF8.GetBytes(xml));

        Assert.False(result.Success);
        Assert.Contains(result.Problems, p => p.ElementId == "wait" && p.Rule == "invalid-working-days");
    }

    private static EngineHarness Harness(DateTimeOffset now, WorkingDayCalendar? calendar = null)
    {
        var h = new EngineHarness(new ExecutorOptions { WorkingDays = calendar ?? WorkingDayCalendar.Nrw });
        h.Time.SetUtcNow(now);
        return h;
    }

    private static void Deploy(EngineHarness h, string xml)
    {
        var result = h.Definitions.Deploy(Encoding.UTF8.GetBytes(xml));
        Assert.True(result.Success, string.Join("; ", result.Problems.Select(p => $"{p.ElementId}: {p.Message}")));
    }

    private static DateTimeOffset? DueDate(EngineHarness h) => Assert.Single(h.EffectsOf<UserTaskCreated>()).Task.DueDate;

    private static DateTimeOffset TimerDue(EngineHarness h) => Assert.Single(h.EffectsOf<TimerScheduled>()).DueAt;

    private static string UserTaskProcess(string attributes, string extensions) => Definitions($"""
        <userTask id="act" {attributes}>{extensions}</userTask>
        <sequenceFlow id="f1" sourceRef="act" targetRef="end"/>
        """, "act");

    private static string TimerProcess(string kind, string value, string extensions) => Definitions($"""
        <intermediateCatchEvent id="wait">{extensions}<timerEventDefinition><{kind}>{value}</{kind}></timerEventDefinition></intermediateCatchEvent>
        <sequenceFlow id="f1" sourceRef="wait" targetRef="act"/>
        <userTask id="act"/>
        <sequenceFlow id="f2" sourceRef="act" targetRef="end"/>
        """, "wait");

    private static string BoundaryCycleProcess(string cycle, string extensions) => Definitions($"""
        <userTask id="act"/>
        <boundaryEvent id="remind" attachedToRef="act" cancelActivity="false">{extensions}<timerEventDefinition><timeCycle>{cycle}</timeCycle></timerEventDefinition></boundaryEvent>
        <sequenceFlow id="f1" sourceRef="act" targetRef="end"/>
        <sequenceFlow id="f2" sourceRef="remind" targetRef="reminded"/>
        <endEvent id="reminded"/>
        """, "act");

    private static string Definitions(string body, string first) => $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="defs" targetNamespace="https://kim.example/test">
          <process id="deadline" isExecutable="true">
            <startEvent id="start"/>
            <sequenceFlow id="f0" sourceRef="start" targetRef="{first}"/>
            {body}
            <endEvent id="end"/>
          </process>
        </definitions>
        """;
}
