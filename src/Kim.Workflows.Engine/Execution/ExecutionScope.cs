namespace Kim.Workflows.Engine.Execution;

/// <summary>A variable scope: the process, a sub-process run, a multi-instance body or one iteration.</summary>
public sealed class ExecutionScope
{
    public Guid Id { get; set; }

    public Guid? ParentId { get; set; }

    /// <summary>The token at the activity that opened this scope (null for the process scope).</summary>
    public Guid? OwnerTokenId { get; set; }

    /// <summary>Process id, sub-process id or multi-instance activity id.</summary>
    public string ElementId { get; set; } = "";

    public ScopeKind Kind { get; set; }

    public Dictionary<string, object?> Variables { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Multi-instance bodies: the items still to start (sequential) and counters.</summary>
    public MultiInstanceState? MultiInstance { get; set; }

    public ExecutionScope Clone()
    {
        var copy = (ExecutionScope)MemberwiseClone();
        copy.Variables = new Dictionary<string, object?>(Variables, StringComparer.Ordinal);
        copy.MultiInstance = MultiInstance?.Clone();
        return copy;
    }
}
