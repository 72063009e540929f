using Kim.Workflows.Engine.Behaviors.Events;
using Kim.Workflows.Engine.Execution;
using Kim.Workflows.Engine.Execution.Journal;
using Kim.Workflows.Engine.Model;

namespace Kim.Workflows.Engine.Behaviors.Gateways;

/// <summary>
/// Event-based gateway: the token waits at the gateway with the following catch events armed. The
/// first to fire wins: only its flow is taken, the other subscriptions vanish.
/// </summary>
public sealed class EventBasedGatewayBehavior : FlowNodeBehavior
{
    public override void Execute(ProcessExecutor executor, ProcessInstance instance, Token token)
    {
        var node = executor.NodeOf(instance, token);
        foreach (var flow in node.Outgoing)
        {
            switch (flow.Target)
            {
                case EventNode catchEvent:
                    CatchEventBehavior.Subscribe(executor, instance, token, catchEvent);
                    break;
                case TaskActivity { Kind: ElementKind.ReceiveTask } receive:
                    executor.Subscribe(instance, token, receive.Id, SubscriptionKind.ReceiveTask, receive.Message?.Name);
                    break;
                default:
                    throw new EngineException($"Event-based gateway {node.Label} may only lead to catch events or receive tasks.", node.Id);
            }
        }

        token.State = TokenState.Waiting;
    }

    public override void Trigger(ProcessExecutor executor, ProcessInstance instance, Token token, Subscription subscription)
    {
        var gateway = executor.NodeOf(instance, token);
        executor.RemoveSubscription(instance, subscription, completed: true);
        executor.RemoveSubscriptions(instance, token, completed: false);
        executor.Record(instance, JournalEntryKind.ElementCompleted, gateway.Id);
        var flow = gateway.Outgoing.First(f => f.Target.Id == subscription.ElementId);
        executor.Record(instance, JournalEntryKind.FlowTaken, flow.Id);
        token.ElementId = flow.Target.Id;
        token.ArrivedVia = flow.Id;
        executor.Record(instance, JournalEntryKind.ElementStarted, flow.Target.Id);
        executor.Leave(instance, token);
    }
}
