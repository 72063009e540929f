namespace Kim.Workflows.Domain.Consents;

/// <summary>Facts about data categories that the consent rules rely on.</summary>
public static class DataCategories
{
    /// <summary>Art. 9 and Art. 10 DSGVO categories: a consent must name each of them explicitly.</summary>
    public static bool IsSpecial(DataCategory category) => category is DataCategory.Gesundheit
        or DataCategory.ReligioeseUeberzeugung or DataCategory.EthnischeHerkunft
        or DataCategory.SexuelleOrientierung or DataCategory.Strafrechtliches;

    public static string GermanName(DataCategory category) => category switch
    {
        DataCategory.Stammdaten => "Stammdaten",
        DataCategory.Kontaktdaten => "Kontaktdaten",
        DataCategory.Aufenthalt => "Aufenthalt",
        DataCategory.Sprache => "Sprache",
        DataCategory.BildungAnerkennung => "Bildung/Anerkennung",
        DataCategory.Arbeit => "Arbeit",
        DataCategory.Wohnen => "Wohnen",
        DataCategory.Finanzen => "Finanzen",
        DataCategory.FamilieSchuleKita => "Familie/Schule/Kita",
        DataCategory.Teilhabe => "Teilhabe",
        DataCategory.Sozialleistungen => "Sozialleistungen",
        DataCategory.AllgemeineFalldaten => "allgemeine Falldaten",
        DataCategory.Gesundheit => "Gesundheit",
        DataCategory.ReligioeseUeberzeugung => "religiöse Überzeugung",
        DataCategory.EthnischeHerkunft => "ethnische Herkunft",
        DataCategory.SexuelleOrientierung => "sexuelle Orientierung",
        DataCategory.Strafrechtliches => "strafrechtliche Angaben",
        _ => category.ToString(),
    };
}
