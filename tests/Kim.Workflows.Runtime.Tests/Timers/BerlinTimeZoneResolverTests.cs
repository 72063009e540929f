using Kim.Workflows.Engine.Timers;
using Kim.Workflows.Runtime.Timers;

namespace Kim.Workflows.Runtime.Tests.Timers;

/// <summary>Recurring jobs get Berlin from the one calendar (NodaTime's TZDB), never from the machine's tz files.</summary>
public sealed class BerlinTimeZoneResolverTests
{
    [Fact]
    public void Berlin_is_the_calendars_zone_and_utc_stays_utc()
    {
        var resolver = new BerlinTimeZoneResolver();
        Assert.Same(BerlinCalendar.TimeZone, resolver.GetTimeZoneById("Europe/Berlin"));
        Assert.Same(TimeZoneInfo.Utc, resolver.GetTimeZoneById("UTC"));
        Assert.Same(TimeZoneInfo.Utc, resolver.GetTimeZoneById(TimeZoneInfo.Utc.Id));
    }

    [Fact]
    public void Another_zone_is_a_configuration_error()
    {
        Assert.Throws<InvalidOperationException>(() => new BerlinTimeZoneResolver().GetTimeZoneById("America/New_York"));
    }
}
