namespace Kim.Workflows.Domain.Cases;

/// <summary>The phases of the KIM case-management cycle as the seed slides name them (Baustein 2).</summary>
public enum CasePhase
{
    Zugangssteuerung,
    Erstberatung,
    Verweisberatung,
    Assessment,
    Zielplanung,
    Zielvereinbarung,
    Leistungssteuerung,
    Monitoring,
    ReAssessment,
    Abgeschlossen,
}
