namespace Kim.Workflows.Domain.Cases;

/// <summary>Defaults of the re-assessment rhythm; all of them can be configured.</summary>
public static class ReassessmentDefaults
{
    public const int IntervalMonths = 6;
    public const int ReminderDaysBefore = 14;
    public const int EscalationDaysAfter = 7;
}
