namespace Kim.Workflows.Engine.Execution.Effects;

public sealed record UserTaskCreated(
    Guid InstanceId,
    Guid TaskId,
    string ElementId,
    string? Name,
    string ProcessKey,
    string? BusinessKey,
    ResolvedUserTask Task,
    DateTimeOffset CreatedAt) : EngineEffect(InstanceId);
