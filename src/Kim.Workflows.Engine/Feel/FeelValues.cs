using NodaTime;

namespace Kim.Workflows.Engine.Feel;

// Runtime values of FEEL. null, bool, decimal (number), string, NodaTime.LocalDate (date) and
// List<object?> (list) are used as they are; the types below cover the rest.

/// <summary>A FEEL time: local time with an optional offset (seconds east of UTC) or IANA zone id.</summary>
public sealed record FeelTime(LocalTime Time, int? OffsetSeconds = null, string? Zone = null);

/// <summary>A FEEL date and time: local date-time with an optional offset (seconds) or IANA zone id.</summary>
public sealed record FeelDateTime(LocalDateTime DateTime, int? OffsetSeconds = null, string? Zone = null)
{
    public bool HasTimeZone => OffsetSeconds is not null || Zone is not null;

    /// <summary>The offset that applies: the fixed one, or the zone's offset at this local time.</summary>
    public Offset? EffectiveOffset
    {
        get
        {
            if (OffsetSeconds is { } seconds)
            {
                return Offset.FromSeconds(seconds);
            }

            return Zone is null ? null : DateTime.InZoneLeniently(FeelZones.Get(Zone)!).Offset;
        }
    }

    public Instant? ToInstant() => EffectiveOffset is { } offset ? DateTime.WithOffset(offset).ToInstant() : null;
}

/// <summary>A FEEL days and time duration, in seconds (fractions down to nanoseconds).</summary>
public sealed record FeelDayTimeDuration(decimal Seconds);

/// <summary>A FEEL years and months duration, in months.</summary>
public sealed record FeelYearMonthDuration(long Months);

/// <summary>
/// A FEEL range. A bound that is absent (the range of <c>&lt; 10</c> has no start) differs from a
/// bound that is null (<c>(null..10]</c>): <see cref="StartUnbounded"/> and <see cref="EndUnbounded"/>.
/// </summary>
public sealed record FeelRange(object? Start, bool StartIncluded, object? End, bool EndIncluded, bool StartUnbounded = false, bool EndUnbounded = false);

/// <summary>The value of <c>(= x)</c> or <c>(!= x)</c> written as an expression: a test, not a range.</summary>
public sealed record FeelUnaryTest(string Operator, object? Value);

/// <summary>A FEEL context: entries in the order they were written.</summary>
public sealed class FeelContext
{
    private readonly List<string> _keys = [];
    private readonly Dictionary<string, object?> _values = new(StringComparer.Ordinal);

    public int Count => _keys.Count;

    public IReadOnlyList<string> Keys => _keys;

    public IEnumerable<KeyValuePair<string, object?>> Entries => _keys.Select(k => new KeyValuePair<string, object?>(k, _values[k]));

    public bool TryGet(string key, out object? value) => _values.TryGetValue(key, out value);

    public bool ContainsKey(string key) => _values.ContainsKey(key);

    /// <summary>Adds the entry or replaces its value (keeping its place).</summary>
    public void Set(string key, object? value)
    {
        if (!_values.ContainsKey(key))
        {
            _keys.Add(key);
        }

        _values[key] = value;
    }

    public FeelContext Copy()
    {
        var copy = new FeelContext();
        foreach (var key in _keys)
        {
            copy.Set(key, _values[key]);
        }

        return copy;
    }
}

internal static class FeelZones
{
    public static DateTimeZone? Get(string id) => DateTimeZoneProviders.Tzdb.GetZoneOrNull(id);
}
