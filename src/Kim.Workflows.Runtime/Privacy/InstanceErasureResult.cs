namespace Kim.Workflows.Runtime.Privacy;

/// <summary>What one erasure changed; all zero on a second run.</summary>
public sealed record InstanceErasureResult(string BusinessKey, int Instances, int VariablesRemoved, int TaskCompletionsCleared, int OutboxPayloadsCleared)
{
    public bool ChangedAnything => VariablesRemoved + TaskCompletionsCleared + OutboxPayloadsCleared > 0;
}
