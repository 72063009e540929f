namespace Kim.Workflows.Engine.Execution.Effects;

public sealed record InstanceEnded(Guid InstanceId, InstanceStatus Status) : EngineEffect(InstanceId);
