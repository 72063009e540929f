namespace Kim.Workflows.Domain.Findings;

/// <summary>
/// The German names of the areas of a Systemrückmeldung: the label on the pages and the ids of the workflow form's choice
/// (<c>huerdenBereich</c>: the member name with a lower-case first letter, e.g. <c>fehlendesAngebot</c>).
/// </summary>
public static class FindingCategoryNames
{
    public static string Label(FindingCategory category) => category switch
    {
        FindingCategory.Sprachkurs => "Sprachkurs",
        FindingCategory.Kinderbetreuung => "Kinderbetreuung",
        FindingCategory.Schule => "Schule",
        FindingCategory.Wohnen => "Wohnen",
        FindingCategory.Arbeitsmarkt => "Arbeitsmarkt",
        FindingCategory.Anerkennung => "Anerkennung von Abschlüssen",
        FindingCategory.Gesundheitsversorgung => "Gesundheitsversorgung",
        FindingCategory.Mobilitaet => "Mobilität",
        FindingCategory.Verwaltungsablauf => "Verwaltungsablauf",
        FindingCategory.FehlendesAngebot => "Fehlendes Angebot",
        FindingCategory.Sonstiges => "Sonstiges",
        _ => category.ToString(),
    };

    /// <summary>A category from a form id or name, case-insensitive; <see cref="FindingCategory.Sonstiges"/> when empty or unknown.</summary>
    public static FindingCategory ParseOrOther(string? text) =>
        Enum.TryParse<FindingCategory>(text?.Trim(), ignoreCase: true, out var category) && Enum.IsDefined(category) ? category : FindingCategory.Sonstiges;
}
