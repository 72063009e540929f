namespace Kim.Workflows.Domain.Findings;

public enum MeetingStatus
{
    Geplant,
    Durchgefuehrt,
    Abgesagt,
}
