using Kim.Workflows.Engine.Execution;
using Kim.Workflows.Engine.Execution.Effects;
using Kim.Workflows.Engine.Model;

namespace Kim.Workflows.Engine.Behaviors.Events;

/// <summary>Intermediate or end signal event: broadcasts to every waiting catcher, then moves on.</summary>
public sealed class SignalThrowEventBehavior : FlowNodeBehavior
{
    public override void Execute(ProcessExecutor executor, ProcessInstance instance, Token token)
    {
        var node = (EventNode)executor.NodeOf(instance, token);
        executor.QueueSignal(node.Signal!.Name);
        executor.Emit(new SignalThrown(instance.Id, node.Signal.Name));
        executor.Leave(instance, token);
    }
}
