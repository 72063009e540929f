using Kim.Workflows.Engine.Execution;
using Kim.Workflows.Engine.Execution.Journal;
using Kim.Workflows.Engine.Model;

namespace Kim.Workflows.Engine.Behaviors.Events;

/// <summary>
/// Boundary events (BPMN 2.0 §10.5.3): interrupting ones cancel the host and everything inside it;
/// non-interrupting ones fork a token and leave the host running (timer cycles re-arm).
/// </summary>
public sealed class BoundaryEventBehavior : FlowNodeBehavior
{
    public static void Fire(ProcessExecutor executor, ProcessInstance instance, Token host, EventNode boundary, Subscription subscription)
    {
        if (boundary.CancelActivity)
        {
            executor.RemoveSubscription(instance, subscription, completed: true);
            executor.CancelToken(instance, host);
        }
        else
        {
            var rearmed = subscription.Kind switch
            {
                SubscriptionKind.Timer => executor.Reschedule(instance, subscription),
                SubscriptionKind.Message or SubscriptionKind.Signal => true, // stays armed while the host waits
                _ => false,
            };
            if (!rearmed)
            {
                executor.RemoveSubscription(instance, subscription, completed: true);
            }
        }

        StartBoundaryToken(executor, instance, host, boundary);
    }

    /// <summary>An error reached this boundary: the host is cancelled and the boundary path starts.</summary>
    public static void CatchError(ProcessExecutor executor, ProcessInstance instance, Token host, EventNode boundary, string? errorCode)
    {
        executor.CancelToken(instance, host);
        var token = StartBoundaryToken(executor, instance, host, boundary);
        if (boundary.ErrorCodeVariable is { } variable)
        {
            executor.SetVariable(instance, token.ScopeId, variable, errorCode);
        }
    }

    private static Token StartBoundaryToken(ProcessExecutor executor, ProcessInstance instance, Token host, EventNode boundary)
    {
        var token = executor.NewToken(instance, host.ScopeId, boundary.Id);
        executor.Record(instance, JournalEntryKind.ElementStarted, boundary.Id);
        executor.Leave(instance, token);
        return token;
    }
}
