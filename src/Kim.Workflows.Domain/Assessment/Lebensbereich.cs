namespace Kim.Workflows.Domain.Assessment;

/// <summary>The life areas of the KIM assessment; goals are planned per Lebensbereich as well.</summary>
public enum Lebensbereich
{
    Aufenthalt,
    Sprache,
    BildungAnerkennung,
    Arbeit,
    Wohnen,
    Gesundheit,
    Finanzen,
    FamilieSchuleKita,
    Teilhabe,
}
