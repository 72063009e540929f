namespace Kim.Workflows.Engine.Execution.Effects;

/// <summary>A signal throw event fired; the engine delivers it to every waiting catcher.</summary>
public sealed record SignalThrown(Guid InstanceId, string SignalName) : EngineEffect(InstanceId);
