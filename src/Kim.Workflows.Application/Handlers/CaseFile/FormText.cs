using System.Globalization;

namespace Kim.Workflows.Application.Handlers.CaseFile;

/// <summary>Reading the free-text lines of the workflow's task forms: lines, parts separated by ";", German or ISO dates.</summary>
internal static class FormText
{
    private static readonly string[] DateFormats = ["dd.MM.yyyy", "d.M.yyyy", "yyyy-MM-dd"];

    /// <summary>Non-empty lines; a form field sent as one line (a plain input) is one line.</summary>
    public static IReadOnlyList<string> Lines(string? text) => Variables.Lines(text?.Replace("\r", "", StringComparison.Ordinal));

    public static string[] Parts(string line) => line.Split(';', StringSplitOptions.TrimEntries);

    /// <summary>A date part ("15.04.2026", "bis 15.04.2026", "2026-04-15"), or null when the part is no date.</summary>
    public static DateOnly? Date(string? part)
    {
        var text = (part ?? "").Trim();
        if (text.StartsWith("bis ", StringComparison.OrdinalIgnoreCase))
        {
            text = text[4..].Trim();
        }

        return DateOnly.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
    }

    /// <summary>Cuts a text to the record's limit (a form may allow more than one entry takes); null when empty.</summary>
    public static string? Fit(string? text, int maxLength)
    {
        var trimmed = text?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            return null;
        }

        return trimmed.Length <= maxLength ? trimmed : trimmed[..(maxLength - 1)] + "…";
    }
}
