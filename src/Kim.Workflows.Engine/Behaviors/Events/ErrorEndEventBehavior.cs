using Kim.Workflows.Engine.Execution;
using Kim.Workflows.Engine.Execution.Journal;
using Kim.Workflows.Engine.Model;

namespace Kim.Workflows.Engine.Behaviors.Events;

/// <summary>
/// Error end event: completes, then throws its error to the nearest matching error boundary. Uncaught it
/// behaves like a none end event (Camunda 7).
/// </summary>
public sealed class ErrorEndEventBehavior : FlowNodeBehavior
{
    public override void Execute(ProcessExecutor executor, ProcessInstance instance, Token token)
    {
        var node = (EventNode)executor.NodeOf(instance, token);
        executor.Record(instance, JournalEntryKind.ElementCompleted, node.Id);
        if (!executor.ThrowError(instance, token, node.Error?.ErrorCode, checkOwnActivity: false))
        {
            executor.EndToken(instance, token);
        }
    }
}
