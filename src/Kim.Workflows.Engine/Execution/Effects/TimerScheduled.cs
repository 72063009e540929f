namespace Kim.Workflows.Engine.Execution.Effects;

public sealed record TimerScheduled(Guid InstanceId, Guid TimerId, string ElementId, DateTimeOffset DueAt) : EngineEffect(InstanceId);
