using Kim.Workflows.Engine.Behaviors;

namespace Kim.Workflows.Engine.Model;

/// <summary>A node tokens visit: event, activity or gateway. Immutable once parsed.</summary>
public abstract class FlowNode : FlowElement
{
    private readonly List<SequenceFlow> _incoming = [];
    private readonly List<SequenceFlow> _outgoing = [];

    protected FlowNode(string id, string? name, ElementKind kind)
        : base(id, name)
    {
        Kind = kind;
    }

    public ElementKind Kind { get; }

    public IFlowScope Scope { get; internal set; } = null!;

    /// <summary>Incoming flows in document order.</summary>
    public IReadOnlyList<SequenceFlow> Incoming => _incoming;

    /// <summary>Outgoing flows in document order.</summary>
    public IReadOnlyList<SequenceFlow> Outgoing => _outgoing;

    /// <summary>The flow named by the <c>default</c> attribute (gateways and activities).</summary>
    public SequenceFlow? DefaultFlow { get; internal set; }

    /// <summary>Bound once at parse time (Camunda's parse-time behaviour binding).</summary>
    public IFlowNodeBehavior Behavior { get; internal set; } = null!;

    /// <summary>Extension attributes and elements that were read but not executed (for notes).</summary>
    public IReadOnlyList<string> IgnoredExtensions { get; internal set; } = [];

    internal void AddIncoming(SequenceFlow flow) => _incoming.Add(flow);

    internal void AddOutgoing(SequenceFlow flow) => _outgoing.Add(flow);

    internal void SortFlows()
    {
        _incoming.Sort((a, b) => a.DocumentIndex.CompareTo(b.DocumentIndex));
        _outgoing.Sort((a, b) => a.DocumentIndex.CompareTo(b.DocumentIndex));
    }
}
