using Kim.Workflows.Engine.Execution;
using Kim.Workflows.Engine.Execution.Journal;

namespace Kim.Workflows.Engine.Behaviors.Events;

/// <summary>Terminate end event: completes, then ends every token of its scope (BPMN 2.0 §10.5.3).</summary>
public sealed class TerminateEndEventBehavior : FlowNodeBehavior
{
    public override void Execute(ProcessExecutor executor, ProcessInstance instance, Token token)
    {
        executor.Record(instance, JournalEntryKind.ElementCompleted, token.ElementId);
        executor.Terminate(instance, token);
    }
}
