namespace Kim.Workflows.Application.Cases;

/// <summary>A task of a case's workflows (open or done).</summary>
public sealed record CaseTaskView(Guid Id, string Name, string Process, string? Assignee, string Candidates, DateTimeOffset CreatedAt, DateTimeOffset? DueAt, bool Open, string? CompletedBy);
