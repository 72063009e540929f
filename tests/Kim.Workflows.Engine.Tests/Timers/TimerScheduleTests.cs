using Kim.Workflows.Engine.Timers;

namespace Kim.Workflows.Engine.Tests.Timers;

public class TimerScheduleTests
{
    private static readonly DateTimeOffset Now = new(2030, 1, 15, 8, 0, 0, TimeSpan.Zero);

    private static DateTimeOffset Utc(int y, int mo, int d, int h = 0, int mi = 0, int s = 0) => new(y, mo, d, h, mi, s, TimeSpan.Zero);

    [Theory]
    [InlineData("2030-03-01T09:00:00Z", "2030-03-01T09:00:00Z")]
    [InlineData("2030-03-01T09:00:00+02:00", "2030-03-01T07:00:00Z")]
    [InlineData("2030-03-01T09:00:00.5Z", "2030-03-01T09:00:00.5Z")]
    [InlineData("2030-03-01T09:00:00", "2030-03-01T08:00:00Z")] // Berlin winter time, UTC+1
    [InlineData("2030-07-01T09:00", "2030-07-01T07:00:00Z")] // Berlin summer time, UTC+2
    [InlineData("2030-03-01", "2030-02-28T23:00:00Z")] // midnight in Berlin
    [InlineData("  2030-03-01T09:00:00Z \n", "2030-03-01T09:00:00Z")]
    public void Dates(string value, string expectedUtc)
    {
        var schedule = TimerSchedule.Parse(TimerKind.Date, value);
        Assert.Equal(TimerKind.Date, schedule.Kind);
        Assert.Equal(1, schedule.Repetitions);
        Assert.Equal(DateTimeOffset.Parse(expectedUtc, System.Globalization.CultureInfo.InvariantCulture), schedule.NextDue(Now, null, 0));
        Assert.Null(schedule.NextDue(Now, schedule.NextDue(Now, null, 0), 1));
    }

    [Theory]
    [InlineData("PT5M", "2030-01-15T08:05:00Z")]
    [InlineData("PT1H", "2030-01-15T09:00:00Z")]
    [InlineData("P14D", "2030-01-29T08:00:00Z")]
    [InlineData("P2W", "2030-01-29T08:00:00Z")]
    [InlineData("P3M", "2030-04-15T07:00:00Z")] // 09:00 Berlin local stays 09:00 in summer time
    [InlineData("P1Y", "2031-01-15T08:00:00Z")]
    [InlineData("P1Y2M10DT2H30M", "2031-03-25T10:30:00Z")]
    [InlineData("PT0.5S", "2030-01-15T08:00:00.5Z")]
    public void Durations(string value, string expectedUtc)
    {
        var schedule = TimerSchedule.Parse(TimerKind.Duration, value);
        Assert.Equal(1, schedule.Repetitions);
        Assert.Equal(DateTimeOffset.Parse(expectedUtc, System.Globalization.CultureInfo.InvariantCulture), schedule.NextDue(Now, null, 0));
        Assert.Null(schedule.NextDue(Now, Now, 1));
    }

    [Theory]
    [InlineData(2030, 1, 31, 2030, 2, 28)]
    [InlineData(2032, 1, 31, 2032, 2, 29)] // leap year
    [InlineData(2030, 3, 31, 2030, 4, 30)]
    public void MonthEndArithmetic(int y, int m, int d, int ey, int em, int ed)
    {
        // 10:00 local Berlin time on the start day.
        var start = BerlinCalendar.At(new DateOnly(y, m, d), new TimeOnly(10, 0));
        var due = TimerSchedule.Parse(TimerKind.Duration, "P1M").NextDue(start, null, 0)!.Value;
        var berlin = BerlinCalendar.ToBerlin(due);
        Assert.Equal(new DateTime(ey, em, ed, 10, 0, 0), berlin.DateTime);
    }

    [Fact]
    public void OneDayAcrossSpringDstKeepsLocalTime()
    {
        // Sunday 2030-03-31 is the last Sunday of March: clocks go from 02:00 to 03:00.
        var saturday = new DateTimeOffset(2030, 3, 30, 9, 0, 0, TimeSpan.FromHours(1));
        var due = TimerSchedule.Parse(TimerKind.Duration, "P1D").NextDue(saturday, null, 0);
        Assert.Equal(new DateTimeOffset(2030, 3, 31, 9, 0, 0, TimeSpan.FromHours(2)), due);
        Assert.Equal(TimeSpan.FromHours(23), due - saturday);

        // PT24H is elapsed time, so it lands at 10:00 local.
        var elapsed = TimerSchedule.Parse(TimerKind.Duration, "PT24H").NextDue(saturday, null, 0);
        Assert.Equal(new DateTimeOffset(2030, 3, 31, 10, 0, 0, TimeSpan.FromHours(2)), elapsed);
    }

    [Fact]
    public void ResultsAreUtc() =>
        Assert.Equal(TimeSpan.Zero, TimerSchedule.Parse(TimerKind.Duration, "P1D").NextDue(Now, null, 0)!.Value.Offset);

    [Fact]
    public void RepeatingCycleCountsFromPreviousDueAndStops()
    {
        var schedule = TimerSchedule.Parse(TimerKind.Cycle, "R3/PT10M");
        Assert.Equal(3, schedule.Repetitions);
        var first = schedule.NextDue(Now, null, 0);
        Assert.Equal(Now.AddMinutes(10), first);

        // Fired late: the next due still follows the previous due, not the late "now".
        var second = schedule.NextDue(Now.AddMinutes(17), first, 1);
        Assert.Equal(Now.AddMinutes(20), second);
        Assert.Equal(Now.AddMinutes(30), schedule.NextDue(Now.AddMinutes(30), second, 2));
        Assert.Null(schedule.NextDue(Now.AddMinutes(40), Now.AddMinutes(30), 3));
    }

    [Fact]
    public void UnboundedCycle()
    {
        var schedule = TimerSchedule.Parse(TimerKind.Cycle, "R/P1D");
        Assert.Null(schedule.Repetitions);
        Assert.Equal(Now.AddDays(1), schedule.NextDue(Now, null, 0));
        Assert.Equal(Now.AddDays(501), schedule.NextDue(Now, Now.AddDays(500), 500));
    }

    [Fact]
    public void CycleWithStartFiresAtStartThenMonthly()
    {
        var schedule = TimerSchedule.Parse(TimerKind.Cycle, "R2/2030-01-31T08:00:00Z/P1M");
        Assert.Equal(2, schedule.Repetitions);
        var first = schedule.NextDue(Now, null, 0);
        Assert.Equal(Utc(2030, 1, 31, 8), first);
        Assert.Equal(Utc(2030, 2, 28, 8), schedule.NextDue(Now, first, 1));
        Assert.Null(schedule.NextDue(Now, Utc(2030, 2, 28, 8), 2));
    }

    [Fact]
    public void CycleWithEndStopsAfterEnd()
    {
        var schedule = TimerSchedule.Parse(TimerKind.Cycle, "R/PT1H/2030-01-15T10:30:00Z");
        var first = schedule.NextDue(Now, null, 0);
        Assert.Equal(Utc(2030, 1, 15, 9), first);
        Assert.Equal(Utc(2030, 1, 15, 10), schedule.NextDue(Now, first, 1));
        Assert.Null(schedule.NextDue(Now, Utc(2030, 1, 15, 10), 2));
    }

    [Fact]
    public void QuartzCronEveryFiveSeconds()
    {
        var schedule = TimerSchedule.Parse(TimerKind.Cycle, "0/5 0/1 * 1/1 * ?");
        Assert.Null(schedule.Repetitions);
        var first = schedule.NextDue(Now.AddSeconds(1), null, 0);
        Assert.Equal(Now.AddSeconds(5), first);
        Assert.Equal(Now.AddSeconds(10), schedule.NextDue(Now.AddSeconds(30), first, 1));
    }

    [Fact]
    public void QuartzCronWeekdaysAtEightBerlinTime()
    {
        var schedule = TimerSchedule.Parse(TimerKind.Cycle, "0 0 8 ? * MON-FRI");
        var friday = new DateTimeOffset(2030, 3, 29, 9, 0, 0, TimeSpan.FromHours(1));
        var due = schedule.NextDue(friday, null, 0);

        // Next weekday is Monday 1 April, after the DST change: 08:00 CEST = 06:00 UTC.
        Assert.Equal(Utc(2030, 4, 1, 6), due);
    }

    [Fact]
    public void QuartzNumericWeekdaysStartOnSunday()
    {
        // Quartz 2 = Monday.
        var schedule = TimerSchedule.Parse(TimerKind.Cycle, "0 0 8 ? * 2 *");
        var due = schedule.NextDue(Utc(2030, 1, 15, 12), null, 0)!.Value; // a Tuesday
        Assert.Equal(DayOfWeek.Monday, due.DayOfWeek);
        Assert.Equal(Utc(2030, 1, 21, 7), due);
    }

    [Fact]
    public void UnixCronFiveFields()
    {
        var schedule = TimerSchedule.Parse(TimerKind.Cycle, "30 7 * * 1");
        Assert.Equal(Utc(2030, 1, 21, 6, 30), schedule.NextDue(Utc(2030, 1, 15, 12), null, 0));
    }

    [Fact]
    public void CronYearFieldOtherThanStarIsRejected()
    {
        var ex = Assert.Throws<TimerFormatException>(() => TimerSchedule.Parse(TimerKind.Cycle, "0 0 8 ? * MON 2031"));
        Assert.Contains("Jahresfeld", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(TimerKind.Duration, "PT")]
    [InlineData(TimerKind.Duration, "P")]
    [InlineData(TimerKind.Duration, "abc")]
    [InlineData(TimerKind.Duration, "")]
    [InlineData(TimerKind.Duration, "5 minutes")]
    [InlineData(TimerKind.Duration, "P-1D")]
    [InlineData(TimerKind.Date, "abc")]
    [InlineData(TimerKind.Date, "2030-13-01")]
    [InlineData(TimerKind.Date, "01.03.2030")]
    [InlineData(TimerKind.Cycle, "R0/PT1M")]
    [InlineData(TimerKind.Cycle, "R0/")]
    [InlineData(TimerKind.Cycle, "R3")]
    [InlineData(TimerKind.Cycle, "R3/PT")]
    [InlineData(TimerKind.Cycle, "R3/PT0S")]
    [InlineData(TimerKind.Cycle, "Rx/PT1M")]
    [InlineData(TimerKind.Cycle, "R3/abc/PT1M")]
    [InlineData(TimerKind.Cycle, "abc")]
    [InlineData(TimerKind.Cycle, "99 99 * * *")]
    [InlineData(TimerKind.Cycle, "* * * *")]
    public void InvalidValuesAreRejected(TimerKind kind, string value)
    {
        var ex = Assert.Throws<TimerFormatException>(() => TimerSchedule.Parse(kind, value));
        Assert.Equal(value, ex.Value);
        Assert.Contains($"'{value}'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ToStringDescribesTheTimer() =>
        Assert.Equal("cycle R3/PT10M", TimerSchedule.Parse(TimerKind.Cycle, "R3/PT10M").ToString());
}
