using System.Collections;
using System.Text.Json;
using NodaTime;

namespace Kim.Workflows.Engine.Feel;

/// <summary>
/// Converts between CLR values and FEEL values. Only data crosses: numbers, strings, booleans, dates,
/// times, durations, lists, dictionaries and JSON; any other object becomes null, so an expression
/// can never reach members of host objects.
/// </summary>
public static class FeelClr
{
    public static object? ToFeel(object? value) => value switch
    {
        null => null,
        string or bool or decimal => value,
        int i => (decimal)i,
        long l => (decimal)l,
        short s => (decimal)s,
        byte b => (decimal)b,
        uint u => (decimal)u,
        ulong u => (decimal)u,
        double d => FeelNumbers.FromDouble(d),
        float f => FeelNumbers.FromDouble(f),
        JsonElement json => FromJson(json),
        DateOnly d => new LocalDate(d.Year, d.Month, d.Day),
        TimeOnly t => new FeelTime(LocalTime.FromTicksSinceMidnight(t.Ticks)),
        DateTime dt => dt.Kind == DateTimeKind.Utc
            ? new FeelDateTime(LocalDateTime.FromDateTime(dt), 0)
            : new FeelDateTime(LocalDateTime.FromDateTime(dt)),
        DateTimeOffset dto => new FeelDateTime(LocalDateTime.FromDateTime(dto.DateTime), (int)dto.Offset.TotalSeconds),
        TimeSpan span => new FeelDayTimeDuration(span.Ticks / 10_000_000m),
        LocalDate or FeelTime or FeelDateTime or FeelDayTimeDuration or FeelYearMonthDuration or FeelRange or FeelContext or FeelFunction => value,
        LocalTime t => new FeelTime(t),
        OffsetTime t => new FeelTime(t.TimeOfDay, t.Offset.Seconds),
        LocalDateTime dt => new FeelDateTime(dt),
        OffsetDateTime dt => new FeelDateTime(dt.LocalDateTime, dt.Offset.Seconds),
        ZonedDateTime dt => new FeelDateTime(dt.LocalDateTime, null, dt.Zone.Id),
        Instant instant => new FeelDateTime(instant.InUtc().LocalDateTime, 0),
        Duration duration => new FeelDayTimeDuration(duration.BclCompatibleTicks / 10_000_000m),
        Period period => FromPeriod(period),
        List<object?> list => list.Select(ToFeel).ToList(),
        IDictionary<string, object?> dictionary => FromPairs(dictionary),
        IReadOnlyDictionary<string, object?> dictionary => FromPairs(dictionary),
        IDictionary dictionary => FromPairs(dictionary.Keys.Cast<object>().Select(k => new KeyValuePair<string, object?>(k.ToString() ?? string.Empty, dictionary[k]))),
        IEnumerable sequence => sequence.Cast<object?>().Select(ToFeel).ToList(),
        _ => null,
    };

    private static FeelContext FromPairs(IEnumerable<KeyValuePair<string, object?>> pairs)
    {
        var context = new FeelContext();
        foreach (var (key, item) in pairs)
        {
            context.Set(key, ToFeel(item));
        }

        return context;
    }

    private static object? FromPeriod(Period period)
    {
        if (period.Days == 0 && period.Hours == 0 && period.Minutes == 0 && period.Seconds == 0 && period.Milliseconds == 0
            && period.Ticks == 0 && period.Nanoseconds == 0 && period.Weeks == 0)
        {
            return new FeelYearMonthDuration((period.Years * 12L) + period.Months);
        }

        return period.Years == 0 && period.Months == 0
            ? new FeelDayTimeDuration(period.ToDuration().BclCompatibleTicks / 10_000_000m)
            : null;
    }

    private static object? FromJson(JsonElement json) => json.ValueKind switch
    {
        JsonValueKind.String => json.GetString(),
        JsonValueKind.Number => json.TryGetDecimal(out var d) ? d : FeelNumbers.FromDouble(json.GetDouble()),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Array => json.EnumerateArray().Select(FromJson).ToList(),
        JsonValueKind.Object => FromPairs(json.EnumerateObject().Select(p => new KeyValuePair<string, object?>(p.Name, FromJson(p.Value)))),
        _ => null,
    };

    /// <summary>
    /// A FEEL value as CLR data: decimal, string, bool, List&lt;object?&gt;, Dictionary&lt;string, object?&gt; (in entry
    /// order), NodaTime LocalDate/LocalTime/OffsetTime/LocalDateTime/OffsetDateTime/ZonedDateTime, NodaTime Duration
    /// (days and time) or Period (years and months); ranges and times with a zone stay FEEL values; functions become null.
    /// </summary>
    public static object? ToClr(object? value) => value switch
    {
        List<object?> list => list.Select(ToClr).ToList(),
        FeelContext context => context.Entries.ToDictionary(e => e.Key, e => ToClr(e.Value)),
        FeelTime { OffsetSeconds: { } offset } t => new OffsetTime(t.Time, Offset.FromSeconds(offset)),
        FeelTime { Zone: null } t => t.Time,
        FeelDateTime { OffsetSeconds: { } offset } dt => new OffsetDateTime(dt.DateTime, Offset.FromSeconds(offset)),
        FeelDateTime { Zone: { } zone } dt => dt.DateTime.InZoneLeniently(FeelZones.Get(zone)!),
        FeelDateTime dt => dt.DateTime,
        FeelDayTimeDuration d => Duration.FromNanoseconds(new System.Numerics.BigInteger(d.Seconds * 1_000_000_000m)),
        FeelYearMonthDuration d => new PeriodBuilder { Years = (int)(d.Months / 12), Months = (int)(d.Months % 12) }.Build(),
        FeelFunction => null,
        _ => value,
    };
}
