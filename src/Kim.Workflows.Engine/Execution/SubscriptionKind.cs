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
}
