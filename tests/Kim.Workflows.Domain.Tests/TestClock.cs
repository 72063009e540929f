using Microsoft.Extensions.Time.Testing;

namespace Kim.Workflows.Domain.Tests;

internal static class TestClock
{
    /// <summary>A Sunday in March 2026, 10:00 UTC (11:00 in Warendorf).</summary>
    public static readonly DateTimeOffset Now = new(2026, 3, 15, 10, 0, 0, TimeSpan.Zero);

    public static FakeTimeProvider At(DateTimeOffset? now = null) => new(now ?? Now);

    /// <summary>A local Warendorf time as an instant (CET/CEST handled by the tz database).</summary>
    public static DateTimeOffset Berlin(int year, int month, int day, int hour = 12, int minute = 0)
    {
        var local = new DateTime(year, month, day, hour, minute, 0, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, Time.KimCalendar.Zone.GetUtcOffset(local));
    }
}
