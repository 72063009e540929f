using Kim.Workflows.Engine.Execution;

namespace Kim.Workflows.Engine.Behaviors;

/// <summary>
/// What one kind of BPMN element does with a token (Camunda's ActivityBehavior). Behaviours move
/// tokens through the <see cref="ProcessExecutor"/> and never do I/O: they emit effects.
/// </summary>
public interface IFlowNodeBehavior
{
    /// <summary>The token has arrived at the node.</summary>
    void Execute(ProcessExecutor executor, ProcessInstance instance, Token token);

    /// <summary>Something the token waits for happened (task completed, timer, message, signal, job done).</summary>
    void Trigger(ProcessExecutor executor, ProcessInstance instance, Token token, Subscription subscription);
}
