using NodaTime;

namespace Kim.Workflows.Engine.Timers;

/// <summary>
/// Calendar arithmetic in Europe/Berlin, the zone of the Kreis Warendorf users:
/// date parts of a period (years, months, weeks, days) move the local date-time, so P1D keeps
/// 09:00 local across a DST change; time parts (hours and below) are elapsed time, so PT1H is
/// always one real hour.
/// </summary>
internal static class BerlinCalendar
{
    public static readonly DateTimeZone Zone = DateTimeZoneProviders.Tzdb["Europe/Berlin"];

    // Cronos needs a TimeZoneInfo; the OS zone database supplies it (package tzdata on Linux).
    public static readonly TimeZoneInfo TimeZone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");

    public static DateTimeOffset Add(DateTimeOffset start, Period period)
    {
        var datePart = new PeriodBuilder { Years = period.Years, Months = period.Months, Weeks = period.Weeks, Days = period.Days }.Build();
        var local = Instant.FromDateTimeOffset(start).InZone(Zone).LocalDateTime.Plus(datePart);
        var afterDates = local.InZoneLeniently(Zone).ToInstant();
        var timePart = Duration.FromHours(period.Hours)
            + Duration.FromMinutes(period.Minutes)
            + Duration.FromSeconds(period.Seconds)
            + Duration.FromMilliseconds(period.Milliseconds)
            + Duration.FromTicks(period.Ticks)
            + Duration.FromNanoseconds(period.Nanoseconds);

        // Results are UTC so that stored due times sort correctly as text (SQLite).
        return (afterDates + timePart).ToDateTimeOffset();
    }
}
