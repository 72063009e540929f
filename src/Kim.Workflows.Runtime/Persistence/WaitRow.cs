namespace Kim.Workflows.Runtime.Persistence;

/// <summary>One wait of an instance (<see cref="WorkflowDbContext.Waits"/>): its subscription or task id and element.</summary>
/// <remarks>Properties, not a positional record: EF Core translates a union only of member-initialised projections.</remarks>
public sealed class WaitRow
{
    public Guid Id { get; init; }

    public Guid InstanceId { get; init; }

    public string ElementId { get; init; } = "";
}
