namespace Kim.Workflows.Engine.Execution;

/// <summary>What a waiting token waits for.</summary>
public enum SubscriptionKind
{
    UserTask,
    ReceiveTask,
    Message,
    Timer,
    Signal,

    /// <summary>A service/send task handler run by the host after commit.</summary>
    Job,

    /// <summary>
    /// A step that failed (a script error or an exceeded script limit): the token waits here with an incident
    /// until an administrator retries, which runs the step again.
    /// </summary>
    FailedStep,
}
