namespace Kim.Workflows.Engine.Execution;

/// <summary>
/// The whole state of one process instance as plain data. The executor mutates it inside one command;
/// a store persists it (and a copy is taken first so a failed command changes nothing).
/// </summary>
public sealed class ProcessInstance
{
    public Guid Id { get; set; }

    /// <summary>The top of a call-activity tree (itself when not called).</summary>
    public Guid RootInstanceId { get; set; }

    public Guid? ParentInstanceId { get; set; }

    public Guid? ParentTokenId { get; set; }

    /// <summary>Deployed definition id (e.g. <c>fallkonferenz:3</c>).</summary>
    public string DefinitionId { get; set; } = "";

    public string ProcessKey { get; set; } = "";

    public string? BusinessKey { get; set; }

    public InstanceStatus Status { get; set; }

    public DateTimeOffset StartedAt { get; set; }

    public DateTimeOffset? EndedAt { get; set; }

    public List<ExecutionScope> Scopes { get; set; } = [];

    public List<Token> Tokens { get; set; } = [];

    public List<Subscription> Subscriptions { get; set; } = [];

    public List<Incident> Incidents { get; set; } = [];

    /// <summary>Optimistic concurrency: a store refuses to save over a newer revision.</summary>
    public long Revision { get; set; }

    /// <summary>Source of <see cref="Token.Sequence"/> and <see cref="Subscription.Sequence"/>.</summary>
    public long NextSequence { get; set; }

    public ExecutionScope RootScope => Scopes[0];

    public IReadOnlyDictionary<string, object?> Variables => RootScope.Variables;

    public Token? FindToken(Guid id)
    {
        foreach (var t in Tokens)
        {
            if (t.Id == id)
            {
                return t;
            }
        }

        return null;
    }

    public ExecutionScope? FindScope(Guid id)
    {
        foreach (var s in Scopes)
        {
            if (s.Id == id)
            {
                return s;
            }
        }

        return null;
    }

    public ExecutionScope GetScope(Guid id) => FindScope(id) ?? throw new EngineException($"Scope {id} is missing in instance {Id}.");

    public ProcessInstance Clone()
    {
        var copy = (ProcessInstance)MemberwiseClone();
        copy.Scopes = Scopes.ConvertAll(s => s.Clone());
        copy.Tokens = Tokens.ConvertAll(t => t.Clone());
        copy.Subscriptions = Subscriptions.ConvertAll(s => s.Clone());
        copy.Incidents = Incidents.ConvertAll(i => i.Clone());
        return copy;
    }
}
