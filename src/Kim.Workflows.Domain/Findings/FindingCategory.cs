namespace Kim.Workflows.Domain.Findings;

public enum FindingCategory
{
    Sprachkurs,
    Kinderbetreuung,
    Schule,
    Wohnen,
    Arbeitsmarkt,
    Anerkennung,
    Gesundheitsversorgung,
    Mobilitaet,
    Verwaltungsablauf,
    FehlendesAngebot,
    Sonstiges,
}
