namespace Kim.Workflows.Runtime.Jobs;

/// <summary>A handler's answer: output variables, or a BPMN error code that an error boundary event catches.</summary>
public sealed record ServiceTaskResult(IReadOnlyDictionary<string, object?>? Variables, string? ErrorCode = null)
{
    public static ServiceTaskResult Completed(IReadOnlyDictionary<string, object?>? variables = null) => new(variables);

    public static ServiceTaskResult BpmnError(string errorCode, IReadOnlyDictionary<string, object?>? variables = null) => new(variables, errorCode);
}
