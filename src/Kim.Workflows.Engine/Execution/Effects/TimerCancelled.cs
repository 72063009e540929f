namespace Kim.Workflows.Engine.Execution.Effects;

public sealed record TimerCancelled(Guid InstanceId, Guid TimerId) : EngineEffect(InstanceId);
