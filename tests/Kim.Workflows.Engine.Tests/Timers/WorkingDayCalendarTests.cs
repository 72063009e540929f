using Kim.Workflows.Engine.Timers;

namespace Kim.Workflows.Engine.Tests.Timers;

public sealed class WorkingDayCalendarTests
{
    private static readonly WorkingDayCalendar WithChristmasClosures = WorkingDayCalendar.FromClosureTexts(["24.12.", "31.12."]);

    [Theory]
    [InlineData("2026-12-24", true)] // Thursday, no holiday in NRW
    [InlineData("2026-12-25", false)]
    [InlineData("2026-12-27", false)] // Sunday
    [InlineData("2026-12-28", true)]
    [InlineData("2027-01-01", false)]
    [InlineData("2026-04-03", false)] // Karfreitag
    [InlineData("2026-06-04", false)] // Fronleichnam
    [InlineData("2026-10-31", false)] // Saturday (Reformationstag is no NRW holiday)
    [InlineData("2027-11-01", false)] // Allerheiligen, a Monday
    public void Weekends_and_nrw_holidays_are_no_working_days(string date, bool working)
    {
        Assert.Equal(working, WorkingDayCalendar.Nrw.IsWorkingDay(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void Closure_days_count_every_year_or_once()
    {
        var calendar = WorkingDayCalendar.FromClosureTexts(["24.12.", "15.06.2027", "2027-06-16", " "]);

        Assert.False(calendar.IsWorkingDay(new DateOnly(2026, 12, 24)));
        Assert.False(calendar.IsWorkingDay(new DateOnly(2027, 12, 24)));
        Assert.False(calendar.IsWorkingDay(new DateOnly(2027, 6, 15)));
        Assert.False(calendar.IsWorkingDay(new DateOnly(2027, 6, 16)));
        Assert.True(calendar.IsWorkingDay(new DateOnly(2029, 6, 15)));
        Assert.True(WorkingDayCalendar.Nrw.IsWorkingDay(new DateOnly(2027, 6, 15)));
        Assert.Equal(3, calendar.ClosureDays.Count);
    }

    [Theory]
    [InlineData("Heiligabend")]
    [InlineData("32.12.")]
    [InlineData("2027-13-01")]
    public void A_closure_day_that_is_no_date_is_refused_in_german_naming_it(string text)
    {
        var error = Assert.Throws<FormatException>(() => WorkingDayCalendar.FromClosureTexts([text]));

        Assert.Contains($"Schließtag '{text}'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_protocol_due_on_christmas_day_moves_to_the_next_working_day_at_the_same_berlin_time()
    {
        var due = TestClock.Berlin(2026, 12, 25, 10);

        Assert.Equal(TestClock.Berlin(2026, 12, 28, 10), WorkingDayCalendar.Nrw.Move(due, backwards: false));
        Assert.Equal(TestClock.Berlin(2026, 12, 28, 10), WithChristmasClosures.Move(due, backwards: false));
        Assert.Equal(TestClock.Berlin(2026, 12, 23, 10), WithChristmasClosures.Move(due, backwards: true));
    }

    [Fact]
    public void With_closures_on_24_and_31_december_a_deadline_on_silvester_moves_into_the_next_year()
    {
        var due = TestClock.Berlin(2026, 12, 31, 16);

        Assert.Equal(due, WorkingDayCalendar.Nrw.Move(due, backwards: false));
        Assert.Equal(TestClock.Berlin(2027, 1, 4, 16), WithChristmasClosures.Move(due, backwards: false));
    }

    [Fact]
    public void Ten_working_days_over_easter_skip_karfreitag_ostermontag_and_two_weekends()
    {
        // Thursday 26 March 2026, 09:00 CET; the count also crosses the switch to summer time on 29 March.
        var start = TestClock.Berlin(2026, 3, 26, 9);

        var due = WorkingDayCalendar.Nrw.AddWorkingDays(start, 10);

        Assert.Equal(TestClock.Berlin(2026, 4, 13, 9), due);
        Assert.Equal(new DateTimeOffset(2026, 4, 13, 7, 0, 0, TimeSpan.Zero), due);
    }

    [Fact]
    public void Counting_from_a_holiday_starts_with_the_first_working_day_after_it()
    {
        // Karfreitag: zero working days is the start moved onto a working day, one is the first working day after it.
        Assert.Equal(new DateOnly(2026, 4, 7), WorkingDayCalendar.Nrw.AddWorkingDays(new DateOnly(2026, 4, 3), 0));
        Assert.Equal(new DateOnly(2026, 4, 7), WorkingDayCalendar.Nrw.AddWorkingDays(new DateOnly(2026, 4, 3), 1));
        Assert.Equal(new DateOnly(2026, 4, 8), WorkingDayCalendar.Nrw.AddWorkingDays(new DateOnly(2026, 4, 3), 2));
    }

    [Theory]
    [InlineData("10 AT", 10)]
    [InlineData("10AT", 10)]
    [InlineData("1 Arbeitstag", 1)]
    [InlineData("3 arbeitstage", 3)]
    public void The_german_working_day_notation_is_read(string text, int expected)
    {
        Assert.True(WorkingDayDeadlines.TryParseWorkingDays(text, out var count));
        Assert.Equal(expected, count);
    }

    [Theory]
    [InlineData("P10D")]
    [InlineData("AT")]
    [InlineData("-3 AT")]
    [InlineData("10 Tage")]
    public void Other_texts_are_no_working_day_count(string text)
    {
        Assert.False(WorkingDayDeadlines.TryParseWorkingDays(text, out _));
    }
}
