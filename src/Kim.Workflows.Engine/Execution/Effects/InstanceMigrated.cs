namespace Kim.Workflows.Engine.Execution.Effects;

/// <summary>The instance now runs on another version; tasks and subscriptions kept their ids, their elements were mapped.</summary>
public sealed record InstanceMigrated(
    Guid InstanceId, string FromDefinitionId, string ToDefinitionId, IReadOnlyDictionary<string, string> ElementMapping) : EngineEffect(InstanceId);
