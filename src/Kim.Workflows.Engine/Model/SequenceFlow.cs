namespace Kim.Workflows.Engine.Model;

/// <summary>A sequence flow. <see cref="DocumentIndex"/> keeps the file order, which decides XOR evaluation.</summary>
public sealed class SequenceFlow : FlowElement
{
    public SequenceFlow(string id, string? name, int documentIndex, string? condition)
        : base(id, name)
    {
        DocumentIndex = documentIndex;
        Condition = condition;
    }

    public int DocumentIndex { get; }

    /// <summary>The raw condition text (<c>${...}</c>), or null for an unconditional flow.</summary>
    public string? Condition { get; }

    public FlowNode Source { get; internal set; } = null!;

    public FlowNode Target { get; internal set; } = null!;

    /// <summary>True when the source names this flow in its <c>default</c> attribute.</summary>
    public bool IsDefault => ReferenceEquals(Source.DefaultFlow, this);
}
