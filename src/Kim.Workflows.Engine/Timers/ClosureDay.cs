using System.Globalization;

namespace Kim.Workflows.Engine.Timers;

/// <summary>
/// An extra day the offices are closed: every year on a day and month (<c>24.12.</c>) or once on a date
/// (<c>15.06.2027</c> or <c>2027-06-15</c>). Configured by the host (e.g. <c>KimWorkflows:Kalender:Schliesstage</c>).
/// </summary>
public sealed record ClosureDay(int Month, int Day, int? Year)
{
    public bool Matches(DateOnly date) => date.Month == Month && date.Day == Day && (Year is null || Year == date.Year);

    public override string ToString() => Year is { } y ? $"{Day:00}.{Month:00}.{y}" : $"{Day:00}.{Month:00}.";

    /// <exception cref="FormatException">The text is none of the three forms; the message is German, for the operator.</exception>
    public static ClosureDay Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var value = text.Trim();
        var culture = CultureInfo.InvariantCulture;
        if (DateOnly.TryParseExact(value, ["dd.MM.yyyy", "d.M.yyyy", "yyyy-MM-dd"], culture, DateTimeStyles.None, out var date))
        {
            return new ClosureDay(date.Month, date.Day, date.Year);
        }

        // Day and month alone: checked against a leap year so that 29.02. is allowed.
        if (DateOnly.TryParseExact(value.TrimEnd('.') + ".2000", ["dd.MM.yyyy", "d.M.yyyy"], culture, DateTimeStyles.None, out var recurring))
        {
            return new ClosureDay(recurring.Month, recurring.Day, null);
        }

        throw new FormatException(
            $"Schließtag '{text}' ist kein Datum: erwartet wird 'TT.MM.' (jedes Jahr), 'TT.MM.JJJJ' oder 'JJJJ-MM-TT' (einmalig).");
    }
}
