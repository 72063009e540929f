namespace Kim.Workflows.Engine.Execution.Effects;

/// <summary>
/// Something a command asks the host to do after it commits (create a task in the inbox, schedule a
/// timer, run a handler). Behaviours never do I/O themselves.
/// </summary>
public abstract record EngineEffect(Guid InstanceId);
