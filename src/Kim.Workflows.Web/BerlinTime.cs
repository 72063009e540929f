using System.Globalization;
using Kim.Workflows.Engine.Timers;

namespace Kim.Workflows.Web;

/// <summary>
/// Every time a user sees is Berlin wall-clock time, whatever the server's zone: a conference planned for
/// 10:00 shows 10:00 in the case file, the inbox and the task, as in its mail and .ics. Pages format instants
/// only through this class, never in the server's own zone.
/// </summary>
public static class BerlinTime
{
    private static readonly CultureInfo German = CultureInfo.GetCultureInfo("de-DE");

    /// <summary>"31.12.2026 14:05".</summary>
    public static string Format(DateTimeOffset instant) => BerlinCalendar.ToBerlin(instant).ToString("dd.MM.yyyy HH:mm", German);

    public static string? Format(DateTimeOffset? instant) => instant is { } i ? Format(i) : null;

    /// <summary>"31.12.2026 14:05:09", for journals and logs.</summary>
    public static string FormatWithSeconds(DateTimeOffset instant) => BerlinCalendar.ToBerlin(instant).ToString("dd.MM.yyyy HH:mm:ss", German);

    /// <summary>"31.12.2026": the Berlin date of the instant.</summary>
    public static string FormatDate(DateTimeOffset instant) => BerlinCalendar.DateOf(instant).ToString("dd.MM.yyyy", German);

    public static string? FormatDate(DateTimeOffset? instant) => instant is { } i ? FormatDate(i) : null;

    /// <summary>ISO 8601 with Berlin's offset, e.g. for <c>&lt;time datetime&gt;</c>: "2027-01-01T00:30:00+01:00".</summary>
    public static string Iso(DateTimeOffset instant) => BerlinCalendar.ToBerlin(instant).ToString("yyyy-MM-dd'T'HH:mm:ssK", CultureInfo.InvariantCulture);
}
