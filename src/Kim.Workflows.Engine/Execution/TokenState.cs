namespace Kim.Workflows.Engine.Execution;

public enum TokenState
{
    /// <summary>On the agenda: the executor is moving it.</summary>
    Active,

    /// <summary>At rest at a wait state (task, catch event, event gateway, scope owner).</summary>
    Waiting,

    /// <summary>At rest at a parallel/inclusive join, waiting for its siblings.</summary>
    Joining,
}
