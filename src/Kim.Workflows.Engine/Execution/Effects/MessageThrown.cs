namespace Kim.Workflows.Engine.Execution.Effects;

/// <summary>A message throw event without an implementation fired; the host may route it.</summary>
public sealed record MessageThrown(Guid InstanceId, string MessageName, string? BusinessKey, IReadOnlyDictionary<string, object?> Variables) : EngineEffect(InstanceId);
