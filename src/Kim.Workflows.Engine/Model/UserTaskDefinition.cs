namespace Kim.Workflows.Engine.Model;

/// <summary>Camunda 7 user-task attributes, as raw (expression) text, evaluated when the task is created.</summary>
public sealed record UserTaskDefinition(
    string? Assignee,
    string? CandidateGroups,
    string? CandidateUsers,
    string? DueDate,
    string? FollowUpDate,
    string? Priority,
    string? FormKey,
    IReadOnlyList<FormField> FormFields)
{
    /// <summary>The parsed <c>camunda:formRef</c> / <c>camunda:formKey</c>; null when the task names no form.</summary>
    public FormReference? Form { get; init; }

    /// <summary>
    /// Set when the task is marked <c>kim:arbeitstage</c>: whole-day due durations count working days and
    /// <c>kim:richtung</c> may move the due date backwards. Every due date lands on a working day either way.
    /// </summary>
    public Timers.WorkingDayRule? WorkingDays { get; init; }
}
