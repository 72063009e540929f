using Kim.Workflows.Engine.Behaviors.Tasks;
using Kim.Workflows.Engine.Execution;
using Kim.Workflows.Engine.Execution.Effects;
using Kim.Workflows.Engine.Model;

namespace Kim.Workflows.Engine.Behaviors.Events;

/// <summary>
/// Intermediate or end message event. With a Camunda implementation (connector, delegate) it runs like
/// a send task; without one it reports the message for the host to route, and moves on.
/// </summary>
public sealed class MessageThrowEventBehavior : FlowNodeBehavior
{
    public override void Execute(ProcessExecutor executor, ProcessInstance instance, Token token)
    {
        var node = (EventNode)executor.NodeOf(instance, token);
        if (node.Binding is { } binding && executor.Options.RunHandlers)
        {
            ServiceTaskBehavior.CreateJob(executor, instance, token, node.Id, binding);
            return;
        }

        if (node.Message is { } message)
        {
            executor.Emit(new MessageThrown(instance.Id, message.Name, instance.BusinessKey, executor.VisibleVariables(instance, token.ScopeId)));
        }

        executor.Leave(instance, token);
    }

    public override void Trigger(ProcessExecutor executor, ProcessInstance instance, Token token, Subscription subscription) =>
        executor.Leave(instance, token);
}
