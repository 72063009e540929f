using Hangfire;
using Kim.Workflows.Engine.Timers;

namespace Kim.Workflows.Runtime.Timers;

/// <summary>
/// Resolves the time zones of recurring jobs from the one calendar (NodaTime's TZDB) instead of the machine's tz files,
/// which Hangfire's default resolver reads: a host without tzdata would otherwise fail the retention job at its first run.
/// Only Europe/Berlin and UTC are used by our recurring jobs; any other id is a configuration error worth failing on.
/// </summary>
internal sealed class BerlinTimeZoneResolver : ITimeZoneResolver
{
    public TimeZoneInfo GetTimeZoneById(string timeZoneId) => timeZoneId switch
    {
        BerlinCalendar.ZoneId => BerlinCalendar.TimeZone,
        "UTC" or "Etc/UTC" => TimeZoneInfo.Utc,
        _ when timeZoneId == TimeZoneInfo.Utc.Id => TimeZoneInfo.Utc,
        _ => throw new InvalidOperationException($"Recurring jobs run in Europe/Berlin or UTC, not in '{timeZoneId}'."),
    };
}
