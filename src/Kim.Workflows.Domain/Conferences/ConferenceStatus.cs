namespace Kim.Workflows.Domain.Conferences;

public enum ConferenceStatus
{
    Geplant,
    Eingeladen,
    Durchgefuehrt,
    Protokolliert,
    Abgesagt,
}
