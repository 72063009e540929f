namespace Kim.Workflows.Runtime.Persistence.Entities;

/// <summary>
/// One candidate group or user of a task, normalised so the inbox query ("open tasks for my groups")
/// is an index seek rather than a LIKE over a delimited column.
/// </summary>
public sealed class UserTaskCandidateRecord
{
    public Guid TaskId { get; set; }

    public CandidateKind Kind { get; set; }

    public string Value { get; set; } = "";
}
