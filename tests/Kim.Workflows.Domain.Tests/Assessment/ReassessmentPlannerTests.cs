using Kim.Workflows.Domain.Assessment;
using Kim.Workflows.Domain.Cases;

namespace Kim.Workflows.Domain.Tests.Assessment;

public sealed class ReassessmentPlannerTests
{
    private readonly ReassessmentPlanner _planner = new();

    [Theory]
    [InlineData("2026-01-15", 6, "2026-07-15", "2026-07-01", "2026-07-22")]
    [InlineData("2025-08-31", 6, "2026-02-28", "2026-02-14", "2026-03-07")]
    [InlineData("2027-08-31", 6, "2028-02-29", "2028-02-15", "2028-03-07")]
    [InlineData("2026-03-31", 3, "2026-06-30", "2026-06-16", "2026-07-07")]
    [InlineData("2025-09-05", 6, "2026-03-05", "2026-02-19", "2026-03-12")]
    [InlineData("2026-06-28", 6, "2026-12-28", "2026-12-14", "2027-01-04")]
    public void Plans_due_reminder_and_escalation_across_month_ends(string last, int months, string due, string remind, string escalate)
    {
        var plan = _planner.Plan(DateOnly.Parse(last), months);
        Assert.Equal(DateOnly.Parse(due), plan.Due);
        Assert.Equal(DateOnly.Parse(remind), plan.RemindOn);
        Assert.Equal(DateOnly.Parse(escalate), plan.EscalateOn);
        Assert.Equal($"P{months}M", plan.Interval);
    }

    [Fact]
    public void State_moves_from_planned_to_reminder_to_overdue_to_escalated()
    {
        var plan = _planner.Plan(new DateOnly(2026, 1, 15), 6);
        Assert.Equal(ReassessmentState.Planned, plan.StateOn(new DateOnly(2026, 6, 30)));
        Assert.Equal(ReassessmentState.ReminderDue, plan.StateOn(new DateOnly(2026, 7, 1)));
        Assert.Equal(ReassessmentState.ReminderDue, plan.StateOn(new DateOnly(2026, 7, 15)));
        Assert.Equal(ReassessmentState.Overdue, plan.StateOn(new DateOnly(2026, 7, 16)));
        Assert.Equal(ReassessmentState.Escalated, plan.StateOn(new DateOnly(2026, 7, 22)));
    }

    [Fact]
    public void Recording_an_assessment_sets_the_next_due_date_with_the_default_six_months()
    {
        var file = new Fallakte { CaseNumber = "KIM-2026-0001", DistrictId = "ahlen", ResponsibleCaseManager = "cm.ahlen" };
        var plan = _planner.RecordAssessment(file, new DateOnly(2026, 2, 10));
        Assert.Equal(6, file.ReassessmentIntervalMonths);
        Assert.Equal(new DateOnly(2026, 8, 10), file.NextReassessmentDue);
        Assert.Equal(plan.Due, file.NextReassessmentDue);
    }

    [Fact]
    public void Changing_the_interval_replans_from_the_last_assessment()
    {
        var file = new Fallakte { CaseNumber = "KIM-2026-0001", DistrictId = "ahlen", ResponsibleCaseManager = "cm.ahlen" };
        _planner.RecordAssessment(file, new DateOnly(2026, 2, 10));
        var plan = _planner.ChangeInterval(file, 3);
        Assert.Equal(new DateOnly(2026, 5, 10), file.NextReassessmentDue);
        Assert.Equal(new DateOnly(2026, 4, 26), plan!.RemindOn);
        Assert.Equal(3, file.ReassessmentIntervalMonths);
    }

    [Fact]
    public void No_plan_before_the_first_assessment_or_after_closing()
    {
        var file = new Fallakte { CaseNumber = "KIM-2026-0001", DistrictId = "ahlen", ResponsibleCaseManager = "cm.ahlen" };
        Assert.Null(_planner.PlanFor(file));
        Assert.Null(_planner.ChangeInterval(file, 4));
        Assert.Null(file.NextReassessmentDue);

        _planner.RecordAssessment(file, new DateOnly(2026, 2, 10));
        file.MoveTo(CasePhase.Assessment, TestClock.Now);
        file.Close(ClosingReason.ZieleErreicht, GoalAchievement.VollstaendigErreicht, TestClock.Now);
        Assert.Null(_planner.PlanFor(file));
    }

    [Fact]
    public void Configurable_reminder_and_escalation_offsets()
    {
        var planner = new ReassessmentPlanner(new ReassessmentOptions { ReminderDaysBefore = 7, EscalationDaysAfter = 3 });
        var plan = planner.Plan(new DateOnly(2026, 1, 31), 1);
        Assert.Equal(new DateOnly(2026, 2, 28), plan.Due);
        Assert.Equal(new DateOnly(2026, 2, 21), plan.RemindOn);
        Assert.Equal(new DateOnly(2026, 3, 3), plan.EscalateOn);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(25)]
    public void Rejects_meaningless_intervals(int months) =>
        Assert.ThrowsAny<ArgumentOutOfRangeException>(() => _planner.Plan(new DateOnly(2026, 1, 1), months));
}
