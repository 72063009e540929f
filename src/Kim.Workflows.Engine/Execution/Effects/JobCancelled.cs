namespace Kim.Workflows.Engine.Execution.Effects;

public sealed record JobCancelled(Guid InstanceId, Guid JobId) : EngineEffect(InstanceId);
