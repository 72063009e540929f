using NodaTime;

namespace Kim.Workflows.Engine.Timers;

/// <summary>
/// The one calendar of the application: Europe/Berlin from NodaTime's TZDB, the zone of the Kreis Warendorf
/// users. Nothing depends on the machine's zone or its tz database, so the same instant reads the same at any
/// hour on any server. Instants are stored in UTC; this class turns them into Berlin dates and wall-clock times
/// and back.
/// Calendar arithmetic: date parts of a period (years, months, weeks, days) move the local date-time, so P1D
/// keeps 09:00 local across a DST change; time parts (hours and below) are elapsed time, so PT1H is always one
/// real hour.
/// </summary>
public static class BerlinCalendar
{
    public const string ZoneId = "Europe/Berlin";

    public static readonly DateTimeZone Zone = DateTimeZoneProviders.Tzdb[ZoneId];

    /// <summary>
    /// The same zone as a <see cref="TimeZoneInfo"/> for libraries that need one (Cronos, Hangfire, Ical.Net),
    /// built from the TZDB rules above rather than read from the operating system.
    /// </summary>
    public static readonly TimeZoneInfo TimeZone = TzdbTimeZoneInfo.Create(ZoneId, Zone);

    /// <summary>The same instant with Berlin's offset (for display and ISO 8601 output).</summary>
    public static DateTimeOffset ToBerlin(DateTimeOffset instant) =>
        Instant.FromDateTimeOffset(instant).InZone(Zone).ToDateTimeOffset();

    /// <summary>The Berlin calendar date of an instant: 23:30 UTC on 31 December is already 1 January.</summary>
    public static DateOnly DateOf(DateTimeOffset instant) =>
        Instant.FromDateTimeOffset(instant).InZone(Zone).Date.ToDateOnly();

    public static DateOnly Today(TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        return DateOf(time.GetUtcNow());
    }

    /// <summary>The instant a Berlin calendar date begins (00:00 local), with Berlin's offset.</summary>
    public static DateTimeOffset StartOf(DateOnly date) =>
        Zone.AtStartOfDay(LocalDate.FromDateOnly(date)).ToDateTimeOffset();

    /// <summary>
    /// The instant of a Berlin wall-clock time, with Berlin's offset. A time skipped by the spring change
    /// (02:30 on the last Sunday of March) moves forward by the gap; a repeated autumn time means its first occurrence.
    /// </summary>
    public static DateTimeOffset At(DateOnly date, TimeOnly time) =>
        LocalDate.FromDateOnly(date).At(LocalTime.FromTimeOnly(time)).InZoneLeniently(Zone).ToDateTimeOffset();

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
