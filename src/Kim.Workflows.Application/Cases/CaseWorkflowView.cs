namespace Kim.Workflows.Application.Cases;

/// <summary>A case's workflow instance with its state and open incidents.</summary>
public sealed record CaseWorkflowView(Guid InstanceId, string Process, string Status, DateTimeOffset StartedAt, DateTimeOffset? EndedAt, IReadOnlyList<string> Incidents);
