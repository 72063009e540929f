namespace Kim.Workflows.Engine.Execution.Effects;

/// <summary>A service/send task handler to run after commit; the token waits until the job is completed or fails.</summary>
public sealed record JobCreated(
    Guid InstanceId,
    Guid JobId,
    string ElementId,
    string HandlerName,
    string? BusinessKey,
    IReadOnlyDictionary<string, object?> Inputs) : EngineEffect(InstanceId);
