namespace Kim.Workflows.Engine.Execution.Effects;

/// <summary>The task left the inbox: completed, or cancelled by a boundary event, terminate or cancel.</summary>
public sealed record UserTaskEnded(Guid InstanceId, Guid TaskId, bool Completed) : EngineEffect(InstanceId);
