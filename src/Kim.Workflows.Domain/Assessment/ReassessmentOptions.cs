using Kim.Workflows.Domain.Cases;

namespace Kim.Workflows.Domain.Assessment;

public sealed class ReassessmentOptions
{
    public int DefaultIntervalMonths { get; set; } = ReassessmentDefaults.IntervalMonths;

    public int ReminderDaysBefore { get; set; } = ReassessmentDefaults.ReminderDaysBefore;

    public int EscalationDaysAfter { get; set; } = ReassessmentDefaults.EscalationDaysAfter;
}
