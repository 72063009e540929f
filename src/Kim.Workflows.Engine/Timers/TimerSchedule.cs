using Cronos;
using NodaTime;

namespace Kim.Workflows.Engine.Timers;

/// <summary>
/// A parsed BPMN timer: when it is due first and, for cycles, when again. Timers are data; the
/// host stores the due time and fires it, then asks <see cref="NextDue"/> for the following one.
/// All calendar arithmetic happens in Europe/Berlin; returned instants are UTC.
/// </summary>
public sealed class TimerSchedule
{
    private readonly DateTimeOffset? _date;
    private readonly Period? _period;
    private readonly DateTimeOffset? _start;
    private readonly DateTimeOffset? _end;
    private readonly CronExpression? _cron;
    private readonly string _value;

    private TimerSchedule(TimerKind kind, string value, int? repetitions, DateTimeOffset? date = null, Period? period = null,
        DateTimeOffset? start = null, DateTimeOffset? end = null, CronExpression? cron = null)
    {
        Kind = kind;
        _value = value;
        Repetitions = repetitions;
        _date = date;
        _period = period;
        _start = start;
        _end = end;
        _cron = cron;
    }

    public TimerKind Kind { get; }

    /// <summary>How often the timer fires: 1 for dates and durations, n for Rn/…, null for R/… and cron (unbounded).</summary>
    public int? Repetitions { get; }

    /// <exception cref="TimerFormatException">The value does not fit the kind.</exception>
    public static TimerSchedule Parse(TimerKind kind, string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var text = value.Trim();
        return kind switch
        {
            TimerKind.Date => TimerValueParser.TryParseInstant(text, out var date)
                ? new TimerSchedule(kind, text, 1, date: date)
                : throw new TimerFormatException(
                    $"Datum '{value}' ist kein ISO-8601-Zeitpunkt wie 2030-03-01T09:00:00Z, 2030-03-01T09:00:00+01:00, 2030-03-01T09:00:00 (Berliner Zeit) oder 2030-03-01.", value),
            TimerKind.Duration => TimerValueParser.TryParsePeriod(text, out var period)
                ? new TimerSchedule(kind, text, 1, period: period)
                : throw new TimerFormatException(
                    $"Dauer '{value}' ist keine ISO-8601-Dauer wie PT5M, P14D (14 Tage), P2W (2 Wochen), P3M (3 Monate) oder P1Y2M10DT2H30M.", value),
            TimerKind.Cycle => text.StartsWith('R') ? ParseIsoCycle(text, value) : ParseCron(text, value),
            _ => throw new ArgumentOutOfRangeException(nameof(kind)),
        };
    }

    /// <summary>
    /// The next due time, or null when the timer fires no more. <paramref name="previousDue"/> is the
    /// due time of the last firing (null before the first); cycles count from it, not from
    /// <paramref name="now"/>, so a late firing does not shift the following ones.
    /// </summary>
    public DateTimeOffset? NextDue(DateTimeOffset now, DateTimeOffset? previousDue, int firedCount)
    {
        if (firedCount >= Repetitions)
        {
            return null;
        }

        switch (Kind)
        {
            case TimerKind.Date:
                return _date;
            case TimerKind.Duration:
                return BerlinCalendar.Add(now, _period!);
            default:
                if (_cron is not null)
                {
                    return _cron.GetNextOccurrence(previousDue ?? now, BerlinCalendar.TimeZone)?.ToUniversalTime();
                }

                var next = previousDue is { } previous
                    ? BerlinCalendar.Add(previous, _period!)
                    : _start ?? BerlinCalendar.Add(now, _period!);
                return next > _end ? null : next;
        }
    }

    /// <summary>A short description for logs, e.g. "cycle R3/PT10M".</summary>
    public override string ToString() => $"{Kind.ToString().ToLowerInvariant()} {_value}";

    private static TimerSchedule ParseIsoCycle(string text, string value)
    {
        var parts = text.Split('/');
        var count = parts[0][1..];
        int? repetitions = null;
        if (count.Length > 0)
        {
            if (!int.TryParse(count, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) || n < 1)
            {
                throw CycleError(value, $"the repetition count '{count}' must be a whole number of at least 1");
            }

            repetitions = n;
        }

        // R/duration · R/start/duration · R/duration/end
        Period? period;
        DateTimeOffset? start = null;
        DateTimeOffset? end = null;
        if (parts.Length == 2)
        {
            period = RequirePeriod(parts[1], value);
        }
        else if (parts.Length == 3 && TimerValueParser.TryParseInstant(parts[1], out var s))
        {
            start = s;
            period = RequirePeriod(parts[2], value);
        }
        else if (parts.Length == 3 && TimerValueParser.TryParseInstant(parts[2], out var e))
        {
            period = RequirePeriod(parts[1], value);
            end = e;
        }
        else
        {
            throw CycleError(value, "expected R[n]/duration, R[n]/start/duration or R[n]/duration/end");
        }

        return new TimerSchedule(TimerKind.Cycle, text, repetitions, period: period, start: start, end: end);
    }

    private static Period RequirePeriod(string text, string value) =>
        TimerValueParser.TryParsePeriod(text, out var period) && period != Period.Zero
            ? period
            : throw CycleError(value, $"'{text}' is not a positive ISO 8601 duration");

    private static TimerSchedule ParseCron(string text, string value)
    {
        try
        {
            return new TimerSchedule(TimerKind.Cycle, text, null, cron: CronTranslator.Parse(text));
        }
        catch (CronFormatException ex)
        {
            throw new TimerFormatException($"Zyklus '{value}' ist kein gültiger cron-Ausdruck: {ex.Message}", value, ex);
        }
    }

    private static TimerFormatException CycleError(string value, string reason) =>
        new($"Timer cycle '{value}' is invalid: {reason}. Expected ISO 8601 (R3/PT10M, R/P1D, R2/2030-01-01T08:00:00Z/P1M) or cron (0 0 8 ? * MON-FRI).", value);
}
