namespace Kim.Workflows.Runtime.Jobs;

/// <summary>
/// A handler's answer: output variables, a BPMN error code that an error boundary event catches, a
/// transient "not yet, try again at" (e.g. the SMTP server is down), or a refusal that becomes an
/// incident at once (e.g. no valid consent: retrying cannot help until someone acts).
/// </summary>
public sealed record ServiceTaskResult(IReadOnlyDictionary<string, object?>? Variables, string? ErrorCode = null)
{
    /// <summary>Set: the job is not done; run the handler again at this instant (not counted against the attempts).</summary>
    public DateTimeOffset? RetryAt { get; init; }

    /// <summary>Set: the handler refuses for a reason a person must resolve; the job becomes an incident with this message.</summary>
    public string? IncidentMessage { get; init; }

    /// <summary>Why the handler asks for a retry (logged).</summary>
    public string? RetryReason { get; init; }

    public static ServiceTaskResult Completed(IReadOnlyDictionary<string, object?>? variables = null) => new(variables);

    public static ServiceTaskResult BpmnError(string errorCode, IReadOnlyDictionary<string, object?>? variables = null) => new(variables, errorCode);

    public static ServiceTaskResult RetryLater(DateTimeOffset at, string reason) => new(Variables: null) { RetryAt = at, RetryReason = reason };

    public static ServiceTaskResult Incident(string message) => new(Variables: null) { IncidentMessage = message };
}
