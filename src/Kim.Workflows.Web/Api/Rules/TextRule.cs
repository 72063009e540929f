namespace Kim.Workflows.Web.Api.Rules;

/// <summary>
/// Characters no text from outside may carry: control characters (line breaks and tabs excepted, for notes) and the
/// Unicode direction controls that make a text read differently from how it is stored ("Trojan Source").
/// </summary>
internal static class TextRule
{
    /// <summary>A German message naming the first unsafe character, or null when the text is clean.</summary>
    public static string? UnsafeCharacter(string? value, bool allowLineBreaks = true)
    {
        if (value is null)
        {
            return null;
        }

        foreach (var c in value)
        {
            if (IsDirectionControl(c))
            {
                return $"enthält ein unsichtbares Steuerzeichen für die Schreibrichtung (U+{(int)c:X4}).";
            }

            if (char.IsControl(c) && !(allowLineBreaks && c is '\n' or '\r' or '\t'))
            {
                return $"enthält ein Steuerzeichen (U+{(int)c:X4}).";
            }
        }

        return null;
    }

    // LRM, RLM, ALM and the embedding, override and isolate controls.
    private static bool IsDirectionControl(char c) =>
        c is '\u200E' or '\u200F' or '\u061C' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069');
}
