namespace Kim.Workflows.Engine.Model;

/// <summary>Tasks, sub-processes and call activities: things that can carry boundary events and loops.</summary>
public abstract class Activity : FlowNode
{
    private readonly List<EventNode> _boundaryEvents = [];

    protected Activity(string id, string? name, ElementKind kind)
        : base(id, name, kind)
    {
    }

    /// <summary>Boundary events in document order.</summary>
    public IReadOnlyList<EventNode> BoundaryEvents => _boundaryEvents;

    public MultiInstanceDefinition? MultiInstance { get; internal set; }

    public IoMapping? InputOutput { get; internal set; }

    internal void AddBoundaryEvent(EventNode boundary) => _boundaryEvents.Add(boundary);
}
