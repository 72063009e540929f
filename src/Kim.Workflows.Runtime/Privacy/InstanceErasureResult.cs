namespace Kim.Workflows.Runtime.Privacy;

/// <summary>What one erasure changed; all zero on a second run.</summary>
public sealed record InstanceErasureResult(string BusinessKey, int Instances, int VariablesRemoved, int TaskCompletionsCleared, int OutboxPayloadsCleared)
{
    /// <summary>Incident messages of the finished instances replaced by a neutral text (they may quote names or addresses).</summary>
    public int IncidentMessagesCleared { get; init; }

    public bool ChangedAnything => VariablesRemoved + TaskCompletionsCleared + OutboxPayloadsCleared + IncidentMessagesCleared > 0;
}
