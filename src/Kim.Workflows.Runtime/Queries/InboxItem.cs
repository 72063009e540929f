namespace Kim.Workflows.Runtime.Queries;

/// <summary>One row of the inbox.</summary>
public sealed record InboxItem(
    Guid Id, Guid InstanceId, string ElementId, string? Name, string ProcessKey, string? BusinessKey,
    string? Assignee, DateTimeOffset? DueAt, DateTimeOffset CreatedAt, int Priority);
