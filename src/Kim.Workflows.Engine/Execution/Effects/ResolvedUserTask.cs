using Kim.Workflows.Engine.Model;

namespace Kim.Workflows.Engine.Execution.Effects;

/// <summary>A user task with its expressions evaluated at creation time.</summary>
public sealed record ResolvedUserTask(
    string? Assignee,
    IReadOnlyList<string> CandidateGroups,
    IReadOnlyList<string> CandidateUsers,
    DateTimeOffset? DueDate,
    DateTimeOffset? FollowUpDate,
    int Priority,
    string? FormKey,
    IReadOnlyList<FormField> FormFields)
{
    /// <summary>The task's form reference as parsed (Camunda Form or case-file step); the host resolves the form version.</summary>
    public FormReference? Form { get; init; }
}
