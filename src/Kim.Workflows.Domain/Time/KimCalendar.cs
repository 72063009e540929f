using Kim.Workflows.Engine.Timers;

namespace Kim.Workflows.Domain.Time;

/// <summary>
/// Turns instants into the calendar dates the Kreis works with. Deadlines, consent validity and
/// retention are stated in German calendar days, so "today" must be today in Warendorf, not in UTC:
/// a consent that expires today is still valid at 00:30 local time, which is 22:30 UTC yesterday.
/// The calendar itself is the engine's <see cref="BerlinCalendar"/> (NodaTime TZDB): one set of zone rules
/// for timers, pages, mails and exports, independent of the machine's zone and tz files.
/// </summary>
public static class KimCalendar
{
    public static TimeZoneInfo Zone => BerlinCalendar.TimeZone;

    public static DateOnly DateOf(DateTimeOffset instant) => BerlinCalendar.DateOf(instant);

    public static DateOnly Today(TimeProvider time) => BerlinCalendar.Today(time);

    /// <summary>The instant at which a local calendar date begins (00:00 Europe/Berlin).</summary>
    public static DateTimeOffset StartOf(DateOnly date) => BerlinCalendar.StartOf(date);

    /// <summary>The instant of a Berlin wall-clock time on a Berlin date (what a user types into a form).</summary>
    public static DateTimeOffset At(DateOnly date, TimeOnly time) => BerlinCalendar.At(date, time);

    /// <summary>The same instant with Berlin's offset, for display.</summary>
    public static DateTimeOffset ToBerlin(DateTimeOffset instant) => BerlinCalendar.ToBerlin(instant);
}
