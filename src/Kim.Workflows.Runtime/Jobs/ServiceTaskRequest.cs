namespace Kim.Workflows.Runtime.Jobs;

/// <summary>What a handler gets: the job id (its idempotency key), where it runs, and the variables visible to the task.</summary>
public sealed record ServiceTaskRequest(
    Guid JobId,
    Guid InstanceId,
    string ElementId,
    string HandlerName,
    string? BusinessKey,
    IReadOnlyDictionary<string, object?> Variables,
    int Attempt);
