using Kim.Workflows.Domain.Goals;
using Kim.Workflows.Domain.Services;

namespace Kim.Workflows.Domain.Tests.Goals;

public sealed class GoalRulesTests
{
    [Theory]
    [InlineData(GoalStatus.Erreicht, 100, true)]
    [InlineData(GoalStatus.Erreicht, 90, false)]
    [InlineData(GoalStatus.InArbeit, 100, false)]
    [InlineData(GoalStatus.InArbeit, 40, true)]
    [InlineData(GoalStatus.InArbeit, 0, true)]
    [InlineData(GoalStatus.Offen, 0, true)]
    [InlineData(GoalStatus.Offen, 10, false)]
    [InlineData(GoalStatus.TeilweiseErreicht, 0, false)]
    [InlineData(GoalStatus.TeilweiseErreicht, 60, true)]
    [InlineData(GoalStatus.NichtErreicht, 20, true)]
    [InlineData(GoalStatus.Verworfen, 30, true)]
    [InlineData(GoalStatus.Verworfen, -1, false)]
    [InlineData(GoalStatus.InArbeit, 101, false)]
    public void Status_and_percent_must_fit(GoalStatus status, int percent, bool fits) =>
        Assert.Equal(fits, GoalRules.PercentProblem(status, percent) is null);

    [Fact]
    public void Open_goals_are_the_ones_still_worked_on_and_steps_follow_their_status()
    {
        Assert.Equal([GoalStatus.Offen, GoalStatus.InArbeit, GoalStatus.TeilweiseErreicht], Enum.GetValues<GoalStatus>().Where(GoalRules.IsOpen));
        Assert.Equal([0, 0, 100, 50, 0, 0], Enum.GetValues<GoalStatus>().Select(GoalRules.StepPercent));
    }

    [Fact]
    public void The_latest_agreement_is_in_force_and_one_of_the_same_day_entered_later_wins()
    {
        var at = new DateTimeOffset(2026, 3, 10, 9, 0, 0, TimeSpan.Zero);
        Zielvereinbarung first = new() { AgreedOn = new DateOnly(2026, 3, 10), RecordedAt = at };
        Zielvereinbarung sameDayLater = new() { AgreedOn = new DateOnly(2026, 3, 10), RecordedAt = at.AddHours(2) };
        Zielvereinbarung older = new() { AgreedOn = new DateOnly(2026, 1, 5), RecordedAt = at.AddDays(1) };
        Assert.Same(sameDayLater, Zielvereinbarung.CurrentOf([sameDayLater, first, older]));
        Assert.Null(Zielvereinbarung.CurrentOf([]));
    }

    [Fact]
    public void Finished_services_need_an_end_and_running_ones_a_start()
    {
        Assert.Equal([ServiceStatus.Abgeschlossen, ServiceStatus.Abgebrochen], Enum.GetValues<ServiceStatus>().Where(ServiceRules.NeedsEndDate));
        Assert.True(ServiceRules.AllowsEndDate(ServiceStatus.Abgelehnt));
        Assert.False(ServiceRules.AllowsEndDate(ServiceStatus.Laufend));
        Assert.True(ServiceRules.NeedsStartDate(ServiceStatus.Laufend));
        Assert.False(ServiceRules.NeedsStartDate(ServiceStatus.Angefragt));
    }
}
