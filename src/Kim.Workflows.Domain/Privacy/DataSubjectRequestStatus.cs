namespace Kim.Workflows.Domain.Privacy;

public enum DataSubjectRequestStatus
{
    Offen,
    Erledigt,
    Abgelehnt,
}
