namespace Kim.Workflows.Domain.Assessment;

/// <summary>
/// The German names of the life areas, as staff write them: the label shown on every page and the words a workflow form
/// line may start with ("Sprache: Deutsch B1", "Bildung/Anerkennung: …", "Kita: …"). One place, so a page and a parsed
/// line never disagree about what "Familie" means.
/// </summary>
public static class LebensbereichNames
{
    private static readonly Dictionary<string, Lebensbereich> Words = new(StringComparer.Ordinal)
    {
        ["aufenthalt"] = Lebensbereich.Aufenthalt,
        ["aufenthaltsstatus"] = Lebensbereich.Aufenthalt,
        ["sprache"] = Lebensbereich.Sprache,
        ["deutsch"] = Lebensbereich.Sprache,
        ["bildung"] = Lebensbereich.BildungAnerkennung,
        ["anerkennung"] = Lebensbereich.BildungAnerkennung,
        ["bildunganerkennung"] = Lebensbereich.BildungAnerkennung,
        ["arbeit"] = Lebensbereich.Arbeit,
        ["beschaeftigung"] = Lebensbereich.Arbeit,
        ["wohnen"] = Lebensbereich.Wohnen,
        ["wohnung"] = Lebensbereich.Wohnen,
        ["gesundheit"] = Lebensbereich.Gesundheit,
        ["finanzen"] = Lebensbereich.Finanzen,
        ["familie"] = Lebensbereich.FamilieSchuleKita,
        ["schule"] = Lebensbereich.FamilieSchuleKita,
        ["kita"] = Lebensbereich.FamilieSchuleKita,
        ["familieschulekita"] = Lebensbereich.FamilieSchuleKita,
        ["teilhabe"] = Lebensbereich.Teilhabe,
    };

    public static string Label(Lebensbereich area) => area switch
    {
        Lebensbereich.Aufenthalt => "Aufenthalt",
        Lebensbereich.Sprache => "Sprache",
        Lebensbereich.BildungAnerkennung => "Bildung / Anerkennung",
        Lebensbereich.Arbeit => "Arbeit",
        Lebensbereich.Wohnen => "Wohnen",
        Lebensbereich.Gesundheit => "Gesundheit",
        Lebensbereich.Finanzen => "Finanzen",
        Lebensbereich.FamilieSchuleKita => "Familie / Schule / Kita",
        Lebensbereich.Teilhabe => "Teilhabe",
        _ => area.ToString(),
    };

    /// <summary>A life area from a German word (case, spaces, slashes, hyphens and umlaut spelling do not matter).</summary>
    public static bool TryParse(string? text, out Lebensbereich area)
    {
        var key = Normalize(text);
        return Words.TryGetValue(key, out area);
    }

    private static string Normalize(string? text)
    {
        var lower = (text ?? "").Trim().ToLowerInvariant()
            .Replace("ä", "ae", StringComparison.Ordinal).Replace("ö", "oe", StringComparison.Ordinal)
            .Replace("ü", "ue", StringComparison.Ordinal).Replace("ß", "ss", StringComparison.Ordinal);
        return string.Concat(lower.Where(char.IsAsciiLetterOrDigit));
    }
}
