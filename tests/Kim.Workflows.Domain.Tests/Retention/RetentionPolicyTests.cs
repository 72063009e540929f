using Kim.Workflows.Domain.Cases;
using Kim.Workflows.Domain.Retention;

namespace Kim.Workflows.Domain.Tests.Retention;

public sealed class RetentionPolicyTests
{
    private readonly RetentionPolicy _policy = new();

    internal static Fallakte Closed(DateTimeOffset closedAt, bool shortCounselling)
    {
        var file = new Fallakte { CaseNumber = "KIM-2020-0001", DistrictId = "ahlen", ResponsibleCaseManager = "cm.ahlen", OpenedAt = closedAt.AddMonths(-3) };
        file.MoveTo(CasePhase.Zugangssteuerung, closedAt.AddMonths(-3));
        file.MoveTo(CasePhase.Erstberatung, closedAt.AddMonths(-2));
        file.MoveTo(shortCounselling ? CasePhase.Verweisberatung : CasePhase.Assessment, closedAt.AddMonths(-1));
        file.Close(shortCounselling ? ClosingReason.VerweisberatungAbgeschlossen : ClosingReason.ZieleErreicht, GoalAchievement.TeilweiseErreicht, closedAt);
        return file;
    }

    [Fact]
    public void Regular_case_is_kept_until_the_end_of_the_fifth_calendar_year_after_closing()
    {
        var file = Closed(TestClock.Berlin(2020, 3, 10), shortCounselling: false);
        Assert.Equal(new DateOnly(2025, 12, 31), _policy.KeepUntil(file));
        Assert.False(_policy.IsDue(file, TestClock.Berlin(2025, 12, 31, 23, 59)));
        Assert.True(_policy.IsDue(file, TestClock.Berlin(2026, 1, 1, 0, 1)));
    }

    [Fact]
    public void Short_counselling_is_kept_until_the_end_of_the_following_year()
    {
        var file = Closed(TestClock.Berlin(2024, 5, 2), shortCounselling: true);
        Assert.True(file.IsShortCounselling);
        Assert.Equal(new DateOnly(2025, 12, 31), _policy.KeepUntil(file));
        Assert.True(_policy.IsDue(file, TestClock.Berlin(2026, 1, 1, 8)));
    }

    [Fact]
    public void Closing_year_is_the_year_in_Warendorf()
    {
        // 23:30 UTC on 31 December 2020 is already 2021 in Warendorf.
        var file = Closed(new DateTimeOffset(2020, 12, 31, 23, 30, 0, TimeSpan.Zero), shortCounselling: false);
        Assert.Equal(new DateOnly(2026, 12, 31), _policy.KeepUntil(file));
    }

    [Fact]
    public void Periods_are_configurable()
    {
        var policy = new RetentionPolicy(new RetentionOptions { YearsAfterClosing = 3, ShortCounsellingYearsAfterClosing = 0 });
        Assert.Equal(new DateOnly(2023, 12, 31), policy.KeepUntil(Closed(TestClock.Berlin(2020, 6, 1), false)));
        Assert.Equal(new DateOnly(2020, 12, 31), policy.KeepUntil(Closed(TestClock.Berlin(2020, 6, 1), true)));
    }

    [Fact]
    public void Open_and_already_anonymised_cases_are_never_due()
    {
        var open = new Fallakte { CaseNumber = "KIM-2020-0002", DistrictId = "ahlen", ResponsibleCaseManager = "cm.ahlen" };
        Assert.Null(_policy.KeepUntil(open));
        Assert.False(_policy.IsDue(open, TestClock.Berlin(2040, 1, 1)));

        var done = Closed(TestClock.Berlin(2015, 1, 1), false);
        done.AnonymizedAt = TestClock.Berlin(2021, 1, 2);
        Assert.False(_policy.IsDue(done, TestClock.Berlin(2026, 1, 1)));
    }
}
