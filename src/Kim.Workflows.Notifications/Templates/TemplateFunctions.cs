using System.Globalization;
using Scriban.Runtime;

namespace Kim.Workflows.Notifications.Templates;

/// <summary>
/// Date helpers for templates. Instants are stored in UTC by the workflows; a letter to a partner
/// must show the wall-clock time in Kreis Warendorf, whatever time zone the server runs in.
/// </summary>
internal sealed class TemplateFunctions
{
    private readonly CultureInfo culture;
    private readonly TimeZoneInfo timeZone;

    public TemplateFunctions(CultureInfo culture, TimeZoneInfo timeZone)
    {
        this.culture = culture;
        this.timeZone = timeZone;
    }

    /// <summary>A read-only script object with the helpers, shared by every render.</summary>
    public ScriptObject CreateScriptObject()
    {
        var functions = new ScriptObject();
        // "Dienstag, 3. März 2026"
        functions.Import("datum", new Func<object?, string>(value => Format(value, "dddd, d. MMMM yyyy")));
        // "03.03.2026"
        functions.Import("datum_kurz", new Func<object?, string>(value => Format(value, "dd.MM.yyyy")));
        // "14:30"
        functions.Import("uhrzeit", new Func<object?, string>(value => Format(value, "HH:mm")));
        // "03.03.2026, 14:30 Uhr"
        functions.Import("datum_uhrzeit", new Func<object?, string>(value => Format(value, "dd.MM.yyyy, HH:mm 'Uhr'")));
        functions.IsReadOnly = true;
        return functions;
    }

    internal string Format(object? value, string format)
    {
        DateTime? local = value switch
        {
            null => null,
            DateTimeOffset instant => TimeZoneInfo.ConvertTime(instant, timeZone).DateTime,
            DateTime dateTime => ToWallClock(dateTime),
            DateOnly date => date.ToDateTime(TimeOnly.MinValue),
            // Process variables often carry ISO 8601 strings; RoundtripKind keeps "Z" as UTC, turns an
            // offset into a Local DateTime and leaves a bare date-time as wall-clock time.
            string text when DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var parsed)
                => ToWallClock(parsed),
            _ => throw new ArgumentException($"'{value}' ({value.GetType().Name}) is not a date or time."),
        };

        return local?.ToString(format, culture) ?? string.Empty;
    }

    private DateTime ToWallClock(DateTime value) => value.Kind switch
    {
        DateTimeKind.Utc => TimeZoneInfo.ConvertTimeFromUtc(value, timeZone),
        DateTimeKind.Local => TimeZoneInfo.ConvertTime(value, timeZone),
        // Unspecified: already wall-clock time (e.g. a date picked in a form).
        _ => value,
    };
}
