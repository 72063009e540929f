namespace Kim.Workflows.Engine.Model;

/// <summary>An embedded sub-process: an activity that is also a scope of its own.</summary>
public sealed class SubProcess : Activity, IFlowScope
{
    private readonly List<FlowNode> _nodes = [];
    private readonly List<SequenceFlow> _flows = [];

    public SubProcess(string id, string? name)
        : base(id, name, ElementKind.SubProcess)
    {
    }

    public IReadOnlyList<FlowNode> FlowNodes => _nodes;

    public IReadOnlyList<SequenceFlow> SequenceFlows => _flows;

    IFlowScope? IFlowScope.ParentScope => Scope;

    /// <summary>The none start event that starts the sub-process.</summary>
    public EventNode? StartEvent => _nodes.OfType<EventNode>().FirstOrDefault(e => e.Kind == ElementKind.StartEvent);

    internal void Add(FlowNode node) => _nodes.Add(node);

    internal void Add(SequenceFlow flow) => _flows.Add(flow);
}
