using Kim.Workflows.Engine.Timers;
using NodaTime;

namespace Kim.Workflows.Engine.Tests.Timers;

public sealed class BerlinCalendarTests
{
    [Fact]
    public void Half_past_eleven_UTC_on_new_years_eve_is_already_the_first_of_January_in_Berlin()
    {
        var instant = new DateTimeOffset(2026, 12, 31, 23, 30, 0, TimeSpan.Zero);

        Assert.Equal(new DateOnly(2027, 1, 1), BerlinCalendar.DateOf(instant));
        Assert.Equal(new DateTimeOffset(2027, 1, 1, 0, 30, 0, TimeSpan.FromHours(1)), BerlinCalendar.ToBerlin(instant));
        Assert.Equal(TimeSpan.FromHours(1), BerlinCalendar.ToBerlin(instant).Offset);
    }

    [Theory]
    [InlineData(2026, 1, 15, 1)]
    [InlineData(2026, 3, 29, 1)] // the switch day itself begins in winter time
    [InlineData(2026, 3, 30, 2)]
    [InlineData(2026, 10, 25, 2)]
    [InlineData(2026, 10, 26, 1)]
    public void A_day_starts_at_local_midnight(int year, int month, int day, int offsetHours)
    {
        var start = BerlinCalendar.StartOf(new DateOnly(year, month, day));

        Assert.Equal(new DateTimeOffset(year, month, day, 0, 0, 0, TimeSpan.FromHours(offsetHours)), start);
        Assert.Equal(TimeSpan.FromHours(offsetHours), start.Offset);
    }

    [Fact]
    public void A_wall_clock_time_skipped_in_spring_moves_forward_and_an_ambiguous_autumn_time_is_the_first()
    {
        Assert.Equal(new DateTimeOffset(2026, 3, 29, 3, 30, 0, TimeSpan.FromHours(2)), BerlinCalendar.At(new DateOnly(2026, 3, 29), new TimeOnly(2, 30)));
        Assert.Equal(new DateTimeOffset(2026, 10, 25, 2, 30, 0, TimeSpan.FromHours(2)), BerlinCalendar.At(new DateOnly(2026, 10, 25), new TimeOnly(2, 30)));
        Assert.Equal(new DateTimeOffset(2026, 7, 1, 10, 0, 0, TimeSpan.FromHours(2)), BerlinCalendar.At(new DateOnly(2026, 7, 1), new TimeOnly(10, 0)));
    }

    [Fact]
    public void Today_is_the_Berlin_date_of_the_clock()
    {
        var clock = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(new DateTimeOffset(2026, 3, 28, 23, 30, 0, TimeSpan.Zero));

        Assert.Equal(new DateOnly(2026, 3, 29), BerlinCalendar.Today(clock));
    }

    [Fact]
    public void The_TimeZoneInfo_built_from_TZDB_agrees_with_NodaTime_every_half_hour_from_1990_to_2060()
    {
        var zone = BerlinCalendar.TimeZone;
        var mismatches = new List<string>();
        for (var at = new DateTimeOffset(1990, 1, 1, 0, 15, 0, TimeSpan.Zero); at.Year < 2060; at = at.AddMinutes(30))
        {
            var expected = BerlinCalendar.Zone.GetUtcOffset(Instant.FromDateTimeOffset(at)).ToTimeSpan();
            if (zone.GetUtcOffset(at) != expected)
            {
                mismatches.Add($"{at:O}: {zone.GetUtcOffset(at)} instead of {expected}");
            }
        }

        Assert.Empty(mismatches.Take(5));
        Assert.Equal("Europe/Berlin", zone.Id);
    }

    [Fact]
    public void The_TimeZoneInfo_knows_the_skipped_and_the_repeated_hour()
    {
        var zone = BerlinCalendar.TimeZone;

        Assert.True(zone.IsInvalidTime(new DateTime(2026, 3, 29, 2, 30, 0)));
        Assert.False(zone.IsInvalidTime(new DateTime(2026, 3, 29, 3, 30, 0)));
        Assert.True(zone.IsAmbiguousTime(new DateTime(2026, 10, 25, 2, 30, 0)));
        Assert.False(zone.IsAmbiguousTime(new DateTime(2026, 10, 25, 3, 30, 0)));
    }
}
