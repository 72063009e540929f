using Kim.Workflows.Engine.Execution;
using Kim.Workflows.Engine.Model;

namespace Kim.Workflows.Engine.Behaviors.Tasks;

/// <summary>Receive task: waits for its message (or an explicit completion).</summary>
public sealed class ReceiveTaskBehavior : WaitStateBehavior
{
    public override void Execute(ProcessExecutor executor, ProcessInstance instance, Token token)
    {
        var node = (TaskActivity)executor.NodeOf(instance, token);
        executor.Subscribe(instance, token, node.Id, SubscriptionKind.ReceiveTask, node.Message?.Name);
        token.State = TokenState.Waiting;
    }
}
