using NodaTime;
using NodaTime.TimeZones;

namespace Kim.Workflows.Engine.Timers;

/// <summary>
/// Builds a <see cref="TimeZoneInfo"/> from a TZDB zone: one adjustment rule per year with the year's summer-time
/// interval. Some libraries (Cronos, Hangfire, Ical.Net) only take a <see cref="TimeZoneInfo"/>; building it
/// from NodaTime keeps one source of zone rules instead of the operating system's tz files.
/// </summary>
internal static class TzdbTimeZoneInfo
{
    private const int FirstYear = 1970;
    private const int LastYear = 2199;

    public static TimeZoneInfo Create(string id, DateTimeZone zone)
    {
        var standard = zone.GetZoneInterval(Instant.FromUtc(LastYear, 1, 1, 0, 0)).StandardOffset;
        var rules = new List<TimeZoneInfo.AdjustmentRule>();
        for (var year = FirstYear; year <= LastYear; year++)
        {
            if (SummerOf(zone, year) is { } summer && summer.StandardOffset == standard)
            {
                rules.Add(RuleFor(year, summer));
            }
        }

        return TimeZoneInfo.CreateCustomTimeZone(id, standard.ToTimeSpan(), id, "MEZ", "MESZ", rules.ToArray());
    }

    private static ZoneInterval? SummerOf(DateTimeZone zone, int year)
    {
        var intervals = zone.GetZoneIntervals(Instant.FromUtc(year, 1, 1, 0, 0), Instant.FromUtc(year + 1, 1, 1, 0, 0))
            .Where(i => i.Savings != Offset.Zero && i.HasStart && i.HasEnd
                && i.Start.InUtc().Year == year && i.End.InUtc().Year == year)
            .ToList();
        return intervals.Count == 1 ? intervals[0] : null;
    }

    // TimeZoneInfo states the start of summer time in standard time and its end in summer time.
    private static TimeZoneInfo.AdjustmentRule RuleFor(int year, ZoneInterval summer)
    {
        var start = summer.Start.WithOffset(summer.StandardOffset).LocalDateTime;
        var end = summer.End.WithOffset(summer.WallOffset).LocalDateTime;
        return TimeZoneInfo.AdjustmentRule.CreateAdjustmentRule(
            new DateTime(year, 1, 1), new DateTime(year, 12, 31), summer.Savings.ToTimeSpan(),
            TimeZoneInfo.TransitionTime.CreateFixedDateRule(TimeOfDay(start), start.Month, start.Day),
            TimeZoneInfo.TransitionTime.CreateFixedDateRule(TimeOfDay(end), end.Month, end.Day));
    }

    private static DateTime TimeOfDay(LocalDateTime local) => new(1, 1, 1, local.Hour, local.Minute, local.Second);
}
