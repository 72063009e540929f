namespace Kim.Workflows.Domain.Assessment;

/// <summary>
/// The dates the reassessment-reminder workflow waits for. <see cref="Interval"/> is the ISO 8601
/// duration (<c>P6M</c>) the BPMN timer expressions use.
/// </summary>
public sealed record ReassessmentPlan(DateOnly LastAssessment, int IntervalMonths, DateOnly Due, DateOnly RemindOn, DateOnly EscalateOn)
{
    public string Interval => $"P{IntervalMonths}M";

    public ReassessmentState StateOn(DateOnly today) =>
        today >= EscalateOn ? ReassessmentState.Escalated
        : today > Due ? ReassessmentState.Overdue
        : today >= RemindOn ? ReassessmentState.ReminderDue
        : ReassessmentState.Planned;
}
