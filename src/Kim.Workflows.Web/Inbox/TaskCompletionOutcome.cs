namespace Kim.Workflows.Web.Inbox;

public enum TaskCompletionStatus
{
    Completed,
    Invalid,
    Conflict,
    NotFound,
    Forbidden,

    /// <summary>A step after the task cannot run (an expression, a missing variable, the workflow refused the input): nothing saved.</summary>
    StepFailed,
}

/// <summary>What completing a task came to; <see cref="Errors"/> are German messages per form field id.</summary>
public sealed record TaskCompletionOutcome(TaskCompletionStatus Status, IReadOnlyDictionary<string, string> Errors, string? Message = null)
{
    public static TaskCompletionOutcome Of(TaskCompletionStatus status, string? message = null) => new(status, new Dictionary<string, string>(), message);
}
