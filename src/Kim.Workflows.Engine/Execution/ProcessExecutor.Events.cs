using Kim.Workflows.Engine.Behaviors.Events;
using Kim.Workflows.Engine.Behaviors.Gateways;
using Kim.Workflows.Engine.Model;

namespace Kim.Workflows.Engine.Execution;

/// <summary>Triggers from outside, errors travelling up the scopes, signals and inclusive joins.</summary>
public sealed partial class ProcessExecutor
{
    /// <summary>
    /// Delivers what a subscription waited for. Variables are written first (Camunda's setVariable
    /// rule, from the waiting token), then the element continues.
    /// </summary>
    public void Trigger(ProcessInstance instance, Subscription subscription, IReadOnlyDictionary<string, object?>? variables)
    {
        var token = instance.FindToken(subscription.TokenId)
            ?? throw new EngineException($"Nothing waits for subscription {subscription.Id} any more.", subscription.ElementId);
        SetVariables(instance, token, variables);
        if (subscription.Kind == SubscriptionKind.FailedStep)
        {
            RetryStep(instance, token);
            return;
        }

        var definition = DefinitionOf(instance);
        var node = definition.Process.GetNode(token.ElementId);
        if (subscription.ElementId == token.ElementId || node.Kind == ElementKind.EventBasedGateway)
        {
            node.Behavior.Trigger(this, instance, token, subscription);
            return;
        }

        if (definition.Process.GetNode(subscription.ElementId) is EventNode { Kind: ElementKind.BoundaryEvent } boundary)
        {
            BoundaryEventBehavior.Fire(this, instance, token, boundary, subscription);
            return;
        }

        throw new EngineException($"Subscription for '{subscription.ElementId}' does not belong to '{token.ElementId}'.", subscription.ElementId);
    }

    /// <summary>
    /// Throws a BPMN error from a token: the nearest enclosing activity with a matching error boundary
    /// event catches it (one with the error code wins over a catch-all); every scope in between is
    /// cancelled. Returns false when nothing catches it.
    /// </summary>
    public bool ThrowError(ProcessInstance instance, Token thrower, string? errorCode, bool checkOwnActivity)
    {
        var current = instance;
        Token? candidate = checkOwnActivity ? thrower : null;
        Guid? scopeId = thrower.ScopeId;
        while (true)
        {
            if (candidate is not null
                && current.FindToken(candidate.Id) is not null
                && !IsIterationToken(current, candidate) // boundary events belong to the multi-instance body, not one iteration
                && DefinitionOf(current).Process.GetNode(candidate.ElementId) is Activity activity
                && ErrorCatcher.Find(activity, errorCode) is { } boundary)
            {
                if (ReferenceEquals(current, instance) && current.FindToken(thrower.Id) is not null && thrower.Id != candidate.Id)
                {
                    current.Tokens.Remove(thrower);
                    RemoveSubscriptions(current, thrower, completed: false);
                }

                BoundaryEventBehavior.CatchError(this, current, candidate, boundary, errorCode);
                return true;
            }

            var scope = scopeId is { } sid ? current.FindScope(sid) : null;
            if (scope is null)
            {
                return false;
            }

            if (scope.OwnerTokenId is { } ownerId && scope.Kind != ScopeKind.ActivityLocal)
            {
                candidate = current.FindToken(ownerId);
                scopeId = candidate?.ScopeId;
            }
            else if (scope.ParentId is { } parentScope)
            {
                candidate = null;
                scopeId = parentScope;
            }
            else if (current.ParentInstanceId is { } parentId && FindInstance(parentId) is { } parent
                     && parent.FindToken(current.ParentTokenId!.Value) is { } caller)
            {
                current = parent;
                candidate = caller;
                scopeId = caller.ScopeId;
            }
            else
            {
                return false;
            }
        }
    }

    /// <summary>A signal thrown in this command reaches every waiting catcher once the agenda is empty.</summary>
    public void QueueSignal(string signalName) => _pendingSignals.Add(signalName);

    private bool DeliverPendingSignals()
    {
        if (_pendingSignals.Count == 0)
        {
            return false;
        }

        var names = _pendingSignals.ToList();
        _pendingSignals.Clear();
        foreach (var name in names)
        {
            DeliverSignal(name, null);
        }

        return true;
    }

    /// <summary>Triggers every subscription waiting for the signal in the loaded instances; returns how many.</summary>
    public int DeliverSignal(string signalName, IReadOnlyDictionary<string, object?>? variables)
    {
        var delivered = 0;
        foreach (var instance in _instances.Values.ToList())
        {
            var waiting = instance.Subscriptions
                .Where(s => s.Kind == SubscriptionKind.Signal && s.EventName == signalName)
                .OrderBy(s => s.Sequence)
                .ToList();
            foreach (var subscription in waiting)
            {
                if (instance.Status == InstanceStatus.Running && instance.Subscriptions.Contains(subscription))
                {
                    Trigger(instance, subscription, variables);
                    delivered++;
                }
            }
        }

        return delivered;
    }

    /// <summary>Fires one inclusive join whose remaining tokens can no longer arrive; true when one fired.</summary>
    private bool SettleInclusiveJoins()
    {
        foreach (var instance in _instances.Values)
        {
            foreach (var token in instance.Tokens)
            {
                if (token.State == TokenState.Joining
                    && NodeOf(instance, token) is Gateway { Kind: ElementKind.InclusiveGateway } gateway
                    && InclusiveGatewayBehavior.TryJoin(this, instance, token, gateway))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
