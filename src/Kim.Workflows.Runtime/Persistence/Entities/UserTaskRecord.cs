namespace Kim.Workflows.Runtime.Persistence.Entities;

/// <summary>
/// The inbox row of a user task. Written from the engine's task effects in the same transaction as the
/// instance; kept after completion (history).
/// </summary>
public sealed class UserTaskRecord
{
    public Guid Id { get; set; }

    public Guid InstanceId { get; set; }

    public string ElementId { get; set; } = "";

    public string? Name { get; set; }

    public string ProcessKey { get; set; } = "";

    public string? BusinessKey { get; set; }

    public string? Assignee { get; set; }

    public List<UserTaskCandidateRecord> Candidates { get; set; } = [];

    public DateTimeOffset? DueAt { get; set; }

    public DateTimeOffset? FollowUpAt { get; set; }

    public int Priority { get; set; }

    public string? FormKey { get; set; }

    public string FormFieldsJson { get; set; } = "[]";

    public DateTimeOffset CreatedAt { get; set; }

    public string? CreatedBy { get; set; }

    public string? ClaimedBy { get; set; }

    public DateTimeOffset? ClaimedAt { get; set; }

    public string? CompletedBy { get; set; }

    public DateTimeOffset? CompletedAt { get; set; }

    public UserTaskState State { get; set; }

    public string? CompletionVariablesJson { get; set; }
}
