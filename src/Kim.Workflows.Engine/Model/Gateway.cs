namespace Kim.Workflows.Engine.Model;

/// <summary>Exclusive, parallel, inclusive or event-based gateway.</summary>
public sealed class Gateway : FlowNode
{
    public Gateway(string id, string? name, ElementKind kind)
        : base(id, name, kind)
    {
    }

    /// <summary>For inclusive joins: nodes of the same scope from which this gateway can be reached.</summary>
    public IReadOnlySet<string> ReachableFrom { get; internal set; } = new HashSet<string>();
}
