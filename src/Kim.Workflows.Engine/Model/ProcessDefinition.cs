namespace Kim.Workflows.Engine.Model;

/// <summary>One <c>process</c> element: its nodes and flows, indexed by id (ids are unique per file).</summary>
public sealed class ProcessDefinition : IFlowScope
{
    private readonly List<FlowNode> _nodes = [];
    private readonly List<SequenceFlow> _flows = [];
    private readonly Dictionary<string, FlowNode> _allNodes = new(StringComparer.Ordinal);

    public ProcessDefinition(string id, string? name, bool isExecutable)
    {
        Id = id;
        Name = name;
        IsExecutable = isExecutable;
    }

    public string Id { get; }

    public string? Name { get; }

    public bool IsExecutable { get; }

    /// <summary>Direct children only; nested sub-process content is in the sub-process.</summary>
    public IReadOnlyList<FlowNode> FlowNodes => _nodes;

    public IReadOnlyList<SequenceFlow> SequenceFlows => _flows;

    public IFlowScope? ParentScope => null;

    /// <summary>Every node of the process, nested ones included.</summary>
    public IReadOnlyCollection<FlowNode> AllNodes => _allNodes.Values;

    public IEnumerable<EventNode> StartEvents => _nodes.OfType<EventNode>().Where(e => e.Kind == ElementKind.StartEvent);

    /// <summary>The none start event used by a plain start (Camunda: the blank start event).</summary>
    public EventNode? NoneStartEvent => StartEvents.FirstOrDefault(e => e.Trigger == EventTrigger.None);

    /// <summary>True when the process has a start event whose trigger waits for a timer or message.</summary>
    public bool HasEventStart => StartEvents.Any(e => e.Trigger != EventTrigger.None);

    public FlowNode? FindNode(string id) => _allNodes.GetValueOrDefault(id);

    public FlowNode GetNode(string id) =>
        _allNodes.TryGetValue(id, out var node) ? node : throw new EngineException($"Element '{id}' does not exist in process '{Id}'.");

    internal void Add(FlowNode node) => _nodes.Add(node);

    internal void Add(SequenceFlow flow) => _flows.Add(flow);

    internal void Index(FlowNode node) => _allNodes[node.Id] = node;
}
