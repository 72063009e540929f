namespace Kim.Workflows.Domain.Findings;

public enum FindingStatus
{
    Neu,
    Gebuendelt,
    InLenkungsgruppe,
    Erledigt,
}
