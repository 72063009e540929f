using Kim.Workflows.Engine.Execution;
using Kim.Workflows.Engine.Execution.Effects;
using Kim.Workflows.Engine.Execution.Journal;
using Kim.Workflows.Engine.Model;
using Kim.Workflows.Engine.Variables;

namespace Kim.Workflows.Engine.Commands;

/// <summary>Timers, messages, signals, jobs and incidents.</summary>
public sealed partial class WorkflowEngine
{
    /// <summary>
    /// Fires a timer if it is due. Idempotent: a timer that already fired (or whose activity ended) is
    /// <see cref="TimerFireOutcome.Gone"/>; an early call changes nothing and reports the due time.
    /// </summary>
    public async Task<TimerFireResult> FireTimerAsync(Guid timerId, CancellationToken cancellationToken = default)
    {
        DateTimeOffset? notDue = null;
        var gone = false;
        try
        {
            var result = await OnSubscriptionAsync(timerId, CommandContext.System("fire-timer"), retry: true, cancellationToken, (executor, instance, subscription) =>
            {
                if (subscription.Kind != SubscriptionKind.Timer || instance.Incidents.Any(i => i.SubscriptionId == timerId))
                {
                    gone = true;
                    return;
                }

                if (subscription.DueAt > Time.GetUtcNow())
                {
                    notDue = subscription.DueAt;
                    return;
                }

                executor.Trigger(instance, subscription, null);
            }).ConfigureAwait(false);
            return gone ? new TimerFireResult(TimerFireOutcome.Gone, null, null)
                : notDue is { } due ? new TimerFireResult(TimerFireOutcome.NotDue, due, null)
                : new TimerFireResult(TimerFireOutcome.Fired, null, result);
        }
        catch (NotFoundException)
        {
            return new TimerFireResult(TimerFireOutcome.Gone, null, null);
        }
        catch (EngineException e)
        {
            var incident = await RaiseIncidentAsync(timerId, e.Message, cancellationToken).ConfigureAwait(false);
            return new TimerFireResult(TimerFireOutcome.Incident, null, incident);
        }
    }

    /// <summary>Reports the handler's result; the token moves on.</summary>
    public async Task<CommandResult> CompleteJobAsync(Guid jobId, IReadOnlyDictionary<string, object?>? variables, CancellationToken cancellationToken = default)
    {
        try
        {
            return await OnSubscriptionAsync(jobId, CommandContext.System("complete-job"), retry: true, cancellationToken, (executor, instance, subscription) =>
            {
                if (subscription.Kind != SubscriptionKind.Job)
                {
                    throw new NotFoundException($"{jobId} is not a job.");
                }

                executor.Trigger(instance, subscription, variables);
            }).ConfigureAwait(false);
        }
        catch (EngineException e)
        {
            return await RaiseIncidentAsync(jobId, e.Message, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The handler reported a business error (BPMN error code): the nearest error boundary event catches it.</summary>
    public async Task<CommandResult> ThrowBpmnErrorAsync(Guid jobId, string errorCode, IReadOnlyDictionary<string, object?>? variables, CancellationToken cancellationToken = default)
    {
        try
        {
            return await OnSubscriptionAsync(jobId, CommandContext.System("bpmn-error"), retry: true, cancellationToken, (executor, instance, subscription) =>
            {
                var token = instance.FindToken(subscription.TokenId)!;
                executor.SetVariables(instance, token, variables);
                if (!executor.ThrowError(instance, token, errorCode, checkOwnActivity: true))
                {
                    throw new EngineException($"Der Fehler '{errorCode}' wird von keinem Fehler-Randereignis abgefangen.", subscription.ElementId);
                }
            }).ConfigureAwait(false);
        }
        catch (EngineException e)
        {
            return await RaiseIncidentAsync(jobId, e.Message, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The handler failed for good (its retries are used up): an incident waits for an administrator.</summary>
    public Task<CommandResult> FailJobAsync(Guid jobId, string message, CancellationToken cancellationToken = default) =>
        RaiseIncidentAsync(jobId, message, cancellationToken);

    /// <summary>Retries an incident: a job runs its handler again, a timer fires now.</summary>
    public async Task<CommandResult> RetryIncidentAsync(Guid incidentId, CancellationToken cancellationToken = default)
    {
        var instanceId = await Store.FindInstanceOfIncidentAsync(incidentId, cancellationToken).ConfigureAwait(false)
            ?? throw new NotFoundException($"Incident {incidentId} does not exist (already resolved?).");
        var (executor, tree, revisions) = await LoadAsync(instanceId, cancellationToken).ConfigureAwait(false);
        var instance = tree.First(i => i.Id == instanceId);
        var incident = instance.Incidents.Find(i => i.Id == incidentId) ?? throw new NotFoundException($"Incident {incidentId} does not exist.");
        var subscription = instance.Subscriptions.Find(s => s.Id == incident.SubscriptionId) ?? throw new NotFoundException("The failed element no longer waits.");
        instance.Incidents.Remove(incident);
        executor.Record(instance, JournalEntryKind.IncidentResolved, incident.ElementId, incident.Message);
        if (subscription.Kind == SubscriptionKind.Job)
        {
            var token = instance.FindToken(subscription.TokenId)!;
            executor.Emit(new JobCreated(instance.Id, subscription.Id, subscription.ElementId, subscription.EventName!, instance.BusinessKey,
                executor.VisibleVariables(instance, ProcessExecutor.ScopeIdOf(instance, token))));
        }
        else
        {
            Guarded(executor, null, () =>
            {
                executor.Trigger(instance, subscription, null);
                executor.RunToRest();
                return instance;
            });
        }

        return await CommitAsync(executor, instance, revisions, CommandContext.System("retry-incident"), cancellationToken).ConfigureAwait(false);
    }

    private async Task<CommandResult> RaiseIncidentAsync(Guid subscriptionId, string message, CancellationToken cancellationToken)
    {
        return await OnSubscriptionAsync(subscriptionId, CommandContext.System("incident"), retry: true, cancellationToken, (executor, instance, subscription) =>
        {
            var incident = new Incident { Id = Ids.NewId(), SubscriptionId = subscriptionId, ElementId = subscription.ElementId, Message = message, CreatedAt = Time.GetUtcNow() };
            instance.Incidents.Add(incident);
            executor.Record(instance, JournalEntryKind.IncidentRaised, subscription.ElementId, message);
            executor.Emit(new IncidentRaised(instance.Id, incident.Id, subscription.ElementId, message));
        }).ConfigureAwait(false);
    }

    /// <summary>
    /// Delivers a message by name to the one instance waiting for it (narrowed by business key and
    /// variable values), or starts a process with that message start event.
    /// </summary>
    public async Task<CorrelationResult> CorrelateMessageAsync(
        string messageName, string? businessKey, IReadOnlyDictionary<string, object?>? correlationVariables,
        IReadOnlyDictionary<string, object?>? variables, CommandContext? command = null, CancellationToken cancellationToken = default)
    {
        var matches = await Store.FindMessageSubscriptionsAsync(messageName, businessKey, cancellationToken).ConfigureAwait(false);
        var candidates = new List<(Guid Instance, Guid Subscription)>();
        foreach (var group in matches.GroupBy(m => m.InstanceId))
        {
            if (correlationVariables is { Count: > 0 })
            {
                var tree = await Store.LoadTreeAsync(group.Key, cancellationToken).ConfigureAwait(false);
                var target = tree.FirstOrDefault(i => i.Id == group.Key);
                if (target is null || correlationVariables.Any(kv => !target.Variables.TryGetValue(kv.Key, out var v) || !VariableValues.DeepEquals(v, VariableValues.Normalize(kv.Value))))
                {
                    continue;
                }
            }

            candidates.Add((group.Key, group.First().SubscriptionId));
        }

        if (candidates.Count > 1)
        {
            return new CorrelationResult(CorrelationOutcome.Ambiguous, null,
                $"{candidates.Count} Instanzen warten auf die Nachricht '{messageName}'; bitte Geschäftsschlüssel oder Korrelationsvariablen angeben.");
        }

        if (candidates.Count == 1)
        {
            var (instanceId, _) = candidates[0];
            var tree = await Store.LoadTreeAsync(instanceId, cancellationToken).ConfigureAwait(false);
            var oldest = tree.First(i => i.Id == instanceId).Subscriptions
                .Where(s => s.Kind is SubscriptionKind.Message or SubscriptionKind.ReceiveTask && s.EventName == messageName)
                .OrderBy(s => s.Sequence).First();
            var result = await OnSubscriptionAsync(oldest.Id, command ?? CommandContext.System("correlate"), retry: false, cancellationToken,
                (executor, instance, subscription) => executor.Trigger(instance, subscription, variables)).ConfigureAwait(false);
            return new CorrelationResult(CorrelationOutcome.Delivered, instanceId, "Zugestellt.", result);
        }

        foreach (var definition in Definitions.LatestVersions())
        {
            var start = definition.Process.StartEvents.FirstOrDefault(e => e.Trigger == EventTrigger.Message && e.Message?.Name == messageName);
            if (start is not null && definition.Process.IsExecutable)
            {
                var executor = NewExecutor();
                var instance = Guarded(executor, definition, () =>
                {
                    var started = executor.StartInstance(definition, businessKey, variables, start);
                    executor.RunToRest();
                    return started;
                });
                var result = await CommitAsync(executor, instance, [], command ?? CommandContext.System("message-start"), cancellationToken).ConfigureAwait(false);
                return new CorrelationResult(CorrelationOutcome.StartedInstance, instance.Id, $"Prozess '{definition.Key}' gestartet.", result);
            }
        }

        return new CorrelationResult(CorrelationOutcome.NoMatch, null,
            $"Keine Instanz wartet auf die Nachricht '{messageName}'{(businessKey is null ? "" : $" mit dem Geschäftsschlüssel '{businessKey}'")}.");
    }

    /// <summary>Broadcasts a signal to every waiting instance; returns how many subscriptions it triggered.</summary>
    public Task<int> BroadcastSignalAsync(string signalName, IReadOnlyDictionary<string, object?>? variables, CancellationToken cancellationToken = default) =>
        BroadcastSignalAsync(signalName, variables, new HashSet<Guid>(), cancellationToken);

    private async Task<int> BroadcastSignalAsync(string signalName, IReadOnlyDictionary<string, object?>? variables, HashSet<Guid> exceptRoots, CancellationToken cancellationToken)
    {
        var delivered = 0;
        foreach (var instanceId in await Store.FindSignalSubscribersAsync(signalName, cancellationToken).ConfigureAwait(false))
        {
            for (var attempt = 0; attempt <= InternalRetries; attempt++)
            {
                var (executor, tree, revisions) = await LoadAsync(instanceId, cancellationToken).ConfigureAwait(false);
                if (exceptRoots.Contains(tree[0].RootInstanceId))
                {
                    break;
                }

                var count = executor.DeliverSignal(signalName, variables);
                executor.RunToRest();
                try
                {
                    await CommitAsync(executor, tree.First(i => i.Id == instanceId), revisions, CommandContext.System("signal"), cancellationToken).ConfigureAwait(false);
                    delivered += count;
                    break;
                }
                catch (ConcurrencyConflictException) when (attempt < InternalRetries)
                {
                }
            }
        }

        return delivered;
    }
}
