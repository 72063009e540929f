using Kim.Workflows.Engine.Timers;

namespace Kim.Workflows.Engine.Tests.Timers;

/// <summary>NRW public holidays, computed per year; the Easter-based ones from the Gregorian Easter date.</summary>
public sealed class NrwHolidaysTests
{
    [Theory]
    [InlineData(1818, 3, 22)] // earliest possible Easter
    [InlineData(1943, 4, 25)] // latest possible Easter
    [InlineData(2008, 3, 23)]
    [InlineData(2011, 4, 24)]
    [InlineData(2019, 4, 21)]
    [InlineData(2025, 4, 20)]
    [InlineData(2026, 4, 5)]
    [InlineData(2027, 3, 28)]
    [InlineData(2038, 4, 25)] // latest possible Easter again
    [InlineData(2285, 3, 22)] // earliest possible Easter again
    public void Easter_sunday_is_computed_for_ordinary_and_edge_years(int year, int month, int day)
    {
        Assert.Equal(new DateOnly(year, month, day), NrwHolidays.EasterSunday(year));
        Assert.Equal(DayOfWeek.Sunday, NrwHolidays.EasterSunday(year).DayOfWeek);
    }

    [Theory]
    [InlineData(2025, "2025-04-18", "2025-04-21", "2025-05-29", "2025-06-09", "2025-06-19")]
    [InlineData(2026, "2026-04-03", "2026-04-06", "2026-05-14", "2026-05-25", "2026-06-04")]
    [InlineData(2027, "2027-03-26", "2027-03-29", "2027-05-06", "2027-05-17", "2027-05-27")]
    [InlineData(2038, "2038-04-23", "2038-04-26", "2038-06-03", "2038-06-14", "2038-06-24")]
    public void The_movable_holidays_follow_easter(int year, string karfreitag, string ostermontag, string himmelfahrt, string pfingstmontag, string fronleichnam)
    {
        var holidays = NrwHolidays.Of(year).ToDictionary(h => h.Name, h => h.Date);

        Assert.Equal(DateOnly.Parse(karfreitag, System.Globalization.CultureInfo.InvariantCulture), holidays["Karfreitag"]);
        Assert.Equal(DateOnly.Parse(ostermontag, System.Globalization.CultureInfo.InvariantCulture), holidays["Ostermontag"]);
        Assert.Equal(DateOnly.Parse(himmelfahrt, System.Globalization.CultureInfo.InvariantCulture), holidays["Christi Himmelfahrt"]);
        Assert.Equal(DateOnly.Parse(pfingstmontag, System.Globalization.CultureInfo.InvariantCulture), holidays["Pfingstmontag"]);
        Assert.Equal(DateOnly.Parse(fronleichnam, System.Globalization.CultureInfo.InvariantCulture), holidays["Fronleichnam"]);
        Assert.Equal(DayOfWeek.Thursday, holidays["Christi Himmelfahrt"].DayOfWeek);
        Assert.Equal(DayOfWeek.Thursday, holidays["Fronleichnam"].DayOfWeek);
    }

    [Theory]
    [InlineData(2026)]
    [InlineData(2027)]
    [InlineData(2030)]
    public void The_fixed_holidays_are_there_every_year_and_nothing_else(int year)
    {
        var holidays = NrwHolidays.Of(year);

        Assert.Equal(11, holidays.Count);
        Assert.Equal(11, holidays.Select(h => h.Date).Distinct().Count());
        foreach (var (month, day) in new[] { (1, 1), (5, 1), (10, 3), (11, 1), (12, 25), (12, 26) })
        {
            Assert.Contains(holidays, h => h.Date == new DateOnly(year, month, day));
        }

        // Not statutory in NRW: Heiligabend, Silvester, Reformationstag.
        Assert.DoesNotContain(holidays, h => h.Date == new DateOnly(year, 12, 24));
        Assert.DoesNotContain(holidays, h => h.Date == new DateOnly(year, 12, 31));
        Assert.DoesNotContain(holidays, h => h.Date == new DateOnly(year, 10, 31));
    }

    [Fact]
    public void Years_outside_the_gregorian_range_are_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => NrwHolidays.EasterSunday(1582));
    }
}
