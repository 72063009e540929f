using Kim.Workflows.Engine.Execution;
using Kim.Workflows.Engine.Model;

namespace Kim.Workflows.Engine.Behaviors.Events;

/// <summary>Intermediate catch events: one behaviour for timer, message and signal (the definition decides).</summary>
public sealed class CatchEventBehavior : FlowNodeBehavior
{
    public override void Execute(ProcessExecutor executor, ProcessInstance instance, Token token)
    {
        var node = (EventNode)executor.NodeOf(instance, token);
        Subscribe(executor, instance, token, node);
        token.State = TokenState.Waiting;
    }

    public override void Trigger(ProcessExecutor executor, ProcessInstance instance, Token token, Subscription subscription)
    {
        executor.RemoveSubscription(instance, subscription, completed: true);
        executor.Leave(instance, token);
    }

    /// <summary>Opens the subscription of a catch event for a token (also used by event-based gateways).</summary>
    public static Subscription Subscribe(ProcessExecutor executor, ProcessInstance instance, Token token, EventNode node) =>
        node.Trigger switch
        {
            EventTrigger.Timer => executor.SubscribeTimer(instance, token, node.Id, node.Timer!),
            EventTrigger.Message => executor.Subscribe(instance, token, node.Id, SubscriptionKind.Message, node.Message!.Name),
            EventTrigger.Signal => executor.Subscribe(instance, token, node.Id, SubscriptionKind.Signal, node.Signal!.Name),
            _ => throw new EngineException($"Catch event {node.Label} has no timer, message or signal definition.", node.Id),
        };
}
