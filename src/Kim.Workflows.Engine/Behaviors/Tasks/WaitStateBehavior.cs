using Kim.Workflows.Engine.Execution;

namespace Kim.Workflows.Engine.Behaviors.Tasks;

/// <summary>Base of tasks that wait for one trigger and then leave (user, receive, job-backed tasks).</summary>
public abstract class WaitStateBehavior : FlowNodeBehavior
{
    public override void Trigger(ProcessExecutor executor, ProcessInstance instance, Token token, Subscription subscription)
    {
        executor.RemoveSubscription(instance, subscription, completed: true);
        executor.Leave(instance, token);
    }
}
