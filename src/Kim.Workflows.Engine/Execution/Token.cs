namespace Kim.Workflows.Engine.Execution;

/// <summary>A token at a flow node (Camunda: an execution). Plain data, so a store can serialise it.</summary>
public sealed class Token
{
    public Guid Id { get; set; }

    public Guid ScopeId { get; set; }

    public string ElementId { get; set; } = "";

    public TokenState State { get; set; }

    /// <summary>The flow it came by (parallel and inclusive joins count arrivals per flow).</summary>
    public string? ArrivedVia { get; set; }

    /// <summary>Set while the token owns a sub-process, multi-instance body or local-variable scope.</summary>
    public Guid? ChildScopeId { get; set; }

    /// <summary>Set while the token waits for a called process instance.</summary>
    public Guid? CalledInstanceId { get; set; }

    /// <summary>Creation order: "oldest waiting" means lowest sequence.</summary>
    public long Sequence { get; set; }

    public Token Clone() => (Token)MemberwiseClone();
}
