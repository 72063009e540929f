using System.Globalization;
using Kim.Workflows.Domain.Time;

namespace Kim.Workflows.Application.Handlers;

/// <summary>Reading process variables as handlers need them (engine values: string, long, double, bool, instants, lists, maps).</summary>
public static class Variables
{
    public static string? String(IReadOnlyDictionary<string, object?> v, string name) =>
        v.TryGetValue(name, out var value) ? Text(value) : null;

    public static string? Text(object? value) => value switch
    {
        null => null,
        string s => string.IsNullOrWhiteSpace(s) ? null : s.Trim(),
        DateTimeOffset d => d.ToString("O", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };

    /// <summary>A list variable, or a text split at commas, semicolons and line breaks.</summary>
    public static IReadOnlyList<string> List(IReadOnlyDictionary<string, object?> v, string name) =>
        v.TryGetValue(name, out var value) ? ListOf(value) : [];

    public static IReadOnlyList<string> ListOf(object? value) => value switch
    {
        null => [],
        string s => s.Split([',', ';', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
        IEnumerable<object?> items => items.Select(Text).Where(t => t is not null).Select(t => t!).ToList(),
        _ => [Text(value)!],
    };

    public static IReadOnlyList<string> Lines(string? text) =>
        text is null ? [] : text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>
    /// An instant from a variable: an instant as is, an ISO text with offset, or a local Berlin wall-clock
    /// text (<c>2026-03-20T14:00</c>, <c>2026-03-20</c> = midnight), as the workflows write them.
    /// </summary>
    public static DateTimeOffset? Instant(object? value)
    {
        switch (value)
        {
            case null:
                return null;
            case DateTimeOffset d:
                return d;
            case DateTime dt:
                return dt.Kind == DateTimeKind.Utc ? new DateTimeOffset(dt) : FromBerlin(dt);
            case DateOnly date:
                return FromBerlin(date.ToDateTime(TimeOnly.MinValue));
        }

        var text = Text(value);
        if (text is null)
        {
            return null;
        }

        var hasOffset = text.EndsWith('Z') || (text.Length > 19 && (text[^6] == '+' || text[^6] == '-'));
        if (hasOffset && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var withOffset))
        {
            return withOffset;
        }

        return DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local) ? FromBerlin(local) : null;
    }

    public static DateTimeOffset? Instant(IReadOnlyDictionary<string, object?> v, string name) =>
        v.TryGetValue(name, out var value) ? Instant(value) : null;

    public static DateOnly? Date(object? value) => Instant(value) is { } instant ? DateOf(instant) : null;

    public static DateOnly DateOf(DateTimeOffset instant) => KimCalendar.DateOf(instant);

    /// <summary>The instant of a Berlin wall-clock time (the earlier one in the autumn overlap).</summary>
    public static DateTimeOffset FromBerlin(DateTime local) => KimCalendar.At(DateOnly.FromDateTime(local), TimeOnly.FromDateTime(local));

    public static bool Bool(IReadOnlyDictionary<string, object?> v, string name) =>
        v.TryGetValue(name, out var value) && value is true or "true";
}
