using Kim.Workflows.Engine.Execution;
using Kim.Workflows.Engine.Execution.Journal;

namespace Kim.Workflows.Engine.Behaviors.Gateways;

/// <summary>XOR: every arriving token passes; the first true flow in document order, else the default.</summary>
public sealed class ExclusiveGatewayBehavior : FlowNodeBehavior
{
    public override void Execute(ProcessExecutor executor, ProcessInstance instance, Token token)
    {
        var node = executor.NodeOf(instance, token);
        var flows = FlowSelector.Exclusive(executor, instance, token, node);
        executor.Record(instance, JournalEntryKind.ElementCompleted, node.Id);
        executor.TakeFlows(instance, token, flows);
    }
}
