using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace Kim.Workflows.Engine.Timers;

/// <summary>ISO 8601 pieces of timer values: instants and periods.</summary>
internal static class TimerValueParser
{
    private static readonly OffsetDateTimePattern[] OffsetPatterns =
    [
        OffsetDateTimePattern.ExtendedIso,
        OffsetDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mmo<G>"),
    ];

    private static readonly LocalDateTimePattern[] LocalPatterns =
    [
        LocalDateTimePattern.ExtendedIso,
        LocalDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm"),
    ];

    public static bool TryParseInstant(string text, out DateTimeOffset instant)
    {
        foreach (var pattern in OffsetPatterns)
        {
            var result = pattern.Parse(text);
            if (result.Success)
            {
                instant = result.Value.ToInstant().ToDateTimeOffset();
                return true;
            }
        }

        // Without an offset the value is local time in Berlin (what a case manager means by "09:00").
        foreach (var pattern in LocalPatterns)
        {
            var result = pattern.Parse(text);
            if (result.Success)
            {
                instant = result.Value.InZoneLeniently(BerlinCalendar.Zone).ToInstant().ToDateTimeOffset();
                return true;
            }
        }

        var date = LocalDatePattern.Iso.Parse(text);
        if (date.Success)
        {
            instant = BerlinCalendar.Zone.AtStartOfDay(date.Value).ToInstant().ToDateTimeOffset();
            return true;
        }

        instant = default;
        return false;
    }

    /// <summary>A non-negative ISO 8601 period with at least one component (P1Y2M10DT2H30M, P2W, PT0.5S).</summary>
    public static bool TryParsePeriod(string text, out Period period)
    {
        period = Period.Zero;
        if (text.Length < 3 || text[0] != 'P' || text.EndsWith('T'))
        {
            return false;
        }

        var result = PeriodPattern.NormalizingIso.Parse(text);
        if (!result.Success)
        {
            return false;
        }

        period = result.Value;
        var p = period;
        long[] parts = [p.Years, p.Months, p.Weeks, p.Days, p.Hours, p.Minutes, p.Seconds, p.Milliseconds, p.Ticks, p.Nanoseconds];
        return Array.TrueForAll(parts, v => v >= 0);
    }

    public static string Format(Period period) => PeriodPattern.NormalizingIso.Format(period);

    public static string Format(DateTimeOffset instant) => instant.ToString("O", CultureInfo.InvariantCulture);
}
