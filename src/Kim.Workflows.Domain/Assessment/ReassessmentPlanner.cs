using Kim.Workflows.Domain.Cases;

namespace Kim.Workflows.Domain.Assessment;

/// <summary>
/// Plans the next re-assessment: due = last assessment + interval (calendar months; the 31 August
/// plus six months is the last day of February), reminder 14 days before, escalation 7 days after.
/// </summary>
public sealed class ReassessmentPlanner(ReassessmentOptions? options = null)
{
    private readonly ReassessmentOptions _options = options ?? new ReassessmentOptions();

    public ReassessmentPlan Plan(DateOnly lastAssessment, int intervalMonths)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(intervalMonths, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(intervalMonths, 24);
        var due = lastAssessment.AddMonths(intervalMonths);
        return new ReassessmentPlan(
            lastAssessment, intervalMonths, due,
            due.AddDays(-_options.ReminderDaysBefore),
            due.AddDays(_options.EscalationDaysAfter));
    }

    /// <summary>Null while the case has no assessment yet (Zugangssteuerung, Erstberatung, Verweisberatung) or is closed.</summary>
    public ReassessmentPlan? PlanFor(Fallakte file)
    {
        ArgumentNullException.ThrowIfNull(file);
        return file.LastAssessmentOn is { } last && !file.IsClosed
            ? Plan(last, file.ReassessmentIntervalMonths)
            : null;
    }

    /// <summary>Records an (re-)assessment date and sets the next due date on the file.</summary>
    public ReassessmentPlan RecordAssessment(Fallakte file, DateOnly assessedOn)
    {
        ArgumentNullException.ThrowIfNull(file);
        file.LastAssessmentOn = assessedOn;
        var plan = Plan(assessedOn, file.ReassessmentIntervalMonths);
        file.NextReassessmentDue = plan.Due;
        return plan;
    }

    /// <summary>Changes the interval and re-plans from the last assessment; the workflow must re-arm its timers.</summary>
    public ReassessmentPlan? ChangeInterval(Fallakte file, int intervalMonths)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentOutOfRangeException.ThrowIfLessThan(intervalMonths, 1);
        file.ReassessmentIntervalMonths = intervalMonths;
        var plan = PlanFor(file);
        file.NextReassessmentDue = plan?.Due;
        return plan;
    }
}
