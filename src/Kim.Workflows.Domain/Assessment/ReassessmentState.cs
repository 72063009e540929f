namespace Kim.Workflows.Domain.Assessment;

public enum ReassessmentState
{
    Planned,
    /// <summary>Within the reminder window before the due date.</summary>
    ReminderDue,
    /// <summary>Past the due date, escalation not reached yet.</summary>
    Overdue,
    /// <summary>The district coordination has to be told.</summary>
    Escalated,
}
