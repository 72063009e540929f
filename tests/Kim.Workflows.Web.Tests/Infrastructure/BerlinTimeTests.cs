namespace Kim.Workflows.Web.Tests.Infrastructure;

/// <summary>What pages show for an instant: Berlin wall-clock time, whatever the server's zone.</summary>
public sealed class BerlinTimeTests
{
    [Fact]
    public void Half_past_eleven_UTC_on_new_years_eve_shows_as_half_past_midnight_on_new_years_day()
    {
        var instant = new DateTimeOffset(2026, 12, 31, 23, 30, 5, TimeSpan.Zero);

        Assert.Equal("01.01.2027 00:30", BerlinTime.Format(instant));
        Assert.Equal("01.01.2027 00:30:05", BerlinTime.FormatWithSeconds(instant));
        Assert.Equal("01.01.2027", BerlinTime.FormatDate(instant));
        Assert.Equal("2027-01-01T00:30:05+01:00", BerlinTime.Iso(instant));
    }

    [Fact]
    public void A_summer_instant_shows_with_summer_time_and_nothing_shows_as_nothing()
    {
        var tenInJuly = new DateTimeOffset(2026, 7, 1, 8, 0, 0, TimeSpan.Zero);

        Assert.Equal("01.07.2026 10:00", BerlinTime.Format(tenInJuly));
        Assert.Equal("01.07.2026 10:00", BerlinTime.Format(new DateTimeOffset(2026, 7, 1, 22, 0, 0, TimeSpan.FromHours(14))));
        Assert.Equal("2026-07-01T10:00:00+02:00", BerlinTime.Iso(tenInJuly));
        Assert.Null(BerlinTime.Format((DateTimeOffset?)null));
        Assert.Null(BerlinTime.FormatDate((DateTimeOffset?)null));
    }
}
