using Kim.Workflows.Engine.Execution;
using Kim.Workflows.Runtime.Persistence.Entities;

namespace Kim.Workflows.Web.Monitor;

public sealed record InstanceRow(Guid Id, string ProcessKey, string DefinitionId, string? BusinessKey, InstanceStatus Status, DateTimeOffset StartedAt, DateTimeOffset? EndedAt);

/// <summary>Everything the instance page shows: the row, the state (tokens, variables), history, incidents, tasks.</summary>
public sealed record InstanceDetails(
    InstanceRow Row, ProcessInstance State, IReadOnlyList<JournalRecord> Journal, IReadOnlyList<IncidentRecord> Incidents, IReadOnlyList<UserTaskRecord> Tasks)
{
    /// <summary>Elements where a token is now (waiting or active), for the diagram markers.</summary>
    public IReadOnlyList<string> ActiveElements => [.. State.Tokens.Select(t => t.ElementId).Distinct(StringComparer.Ordinal)];
}

/// <summary>Per element of a process: instances that passed it (completed it at least once) and tokens waiting there now.</summary>
public sealed record HeatCount(int Passed, int Waiting);
