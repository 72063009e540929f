using Kim.Workflows.Engine.Execution.Effects;
using Kim.Workflows.Engine.Execution.Journal;

namespace Kim.Workflows.Engine.Execution;

/// <summary>Steps that fail after the command's own step: the command commits and the failing step waits with an incident.</summary>
public sealed partial class ProcessExecutor
{
    /// <summary>
    /// Stops a token at the step that failed: it waits on a <see cref="SubscriptionKind.FailedStep"/> with an incident
    /// (Camunda: a failed job of an asynchronous continuation), so what came before it commits and nothing is lost.
    /// </summary>
    public void FailStep(ProcessInstance instance, Token token, string elementId, string message)
    {
        var subscription = Subscribe(instance, token, elementId, SubscriptionKind.FailedStep);
        var incident = new Incident { Id = Ids.NewId(), SubscriptionId = subscription.Id, ElementId = elementId, Message = message, CreatedAt = Now };
        instance.Incidents.Add(incident);
        Record(instance, JournalEntryKind.IncidentRaised, elementId, message);
        Emit(new IncidentRaised(instance.Id, incident.Id, elementId, message));
        token.State = TokenState.Waiting;
    }

    /// <summary>Runs a failed step again from its start: what it armed (boundary timers, its local scope) is dropped first.</summary>
    private void RetryStep(ProcessInstance instance, Token token)
    {
        RemoveSubscriptions(instance, token, completed: false);
        if (token.ChildScopeId is { } local && instance.FindScope(local) is { Kind: ScopeKind.ActivityLocal })
        {
            instance.Scopes.RemoveAll(s => s.Id == local);
            token.ChildScopeId = null;
        }

        Enter(instance, token);
    }
}
