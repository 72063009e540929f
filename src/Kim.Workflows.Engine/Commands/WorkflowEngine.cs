using Kim.Workflows.Engine.Execution;
using Kim.Workflows.Engine.Execution.Effects;
using Kim.Workflows.Engine.Execution.Journal;
using Kim.Workflows.Engine.Persistence;

namespace Kim.Workflows.Engine.Commands;

/// <summary>
/// The engine's public commands. Each loads an instance tree, runs one <see cref="ProcessExecutor"/>
/// on copies, and saves the result in one commit; a failure leaves the store as it was.
/// </summary>
public sealed partial class WorkflowEngine
{
    private const int InternalRetries = 5;

    private static readonly List<string> NoSignals = [];

    public WorkflowEngine(IDefinitionProvider definitions, IInstanceStore store, TimeProvider time, IIdGenerator ids, ExecutorOptions? options = null)
    {
        Definitions = definitions;
        Store = store;
        Time = time;
        Ids = ids;
        Options = options ?? ExecutorOptions.Default;
    }

    public IDefinitionProvider Definitions { get; }

    public IInstanceStore Store { get; }

    public TimeProvider Time { get; }

    public IIdGenerator Ids { get; }

    public ExecutorOptions Options { get; }

    private ProcessExecutor NewExecutor() => new(Definitions, Time, Ids, Options);

    /// <summary>Starts the newest version of a process at its none start event.</summary>
    public async Task<CommandResult> StartAsync(
        string processKey, string? businessKey, IReadOnlyDictionary<string, object?>? variables,
        CommandContext? command = null, CancellationToken cancellationToken = default)
    {
        var definition = Definitions.FindLatest(processKey) ?? throw new NotFoundException($"Process '{processKey}' is not deployed.");
        return await StartAsync(definition, businessKey, variables, command, cancellationToken).ConfigureAwait(false);
    }

    public async Task<CommandResult> StartAsync(
        DeployedProcess definition, string? businessKey, IReadOnlyDictionary<string, object?>? variables,
        CommandContext? command = null, CancellationToken cancellationToken = default)
    {
        var executor = NewExecutor();
        var instance = Guarded(executor, definition, () =>
        {
            var started = executor.StartInstance(definition, businessKey, variables);
            executor.RunToRest();
            return started;
        });
        return await CommitAsync(executor, instance, new Dictionary<Guid, long>(), command ?? CommandContext.System("start"), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Completes a user task (or receive task / job explicitly). Exactly one of concurrent completions wins.</summary>
    public Task<CommandResult> CompleteTaskAsync(
        Guid taskId, IReadOnlyDictionary<string, object?>? variables, CommandContext? command = null, CancellationToken cancellationToken = default) =>
        OnSubscriptionAsync(taskId, command ?? CommandContext.System("complete-task"), retry: false, cancellationToken, (executor, instance, subscription) =>
        {
            if (subscription.Kind is not (SubscriptionKind.UserTask or SubscriptionKind.ReceiveTask))
            {
                throw new NotFoundException($"Task {taskId} is not a user task.");
            }

            executor.Trigger(instance, subscription, variables);
        });

    /// <summary>Cancels a running instance with everything it called.</summary>
    public async Task<CommandResult> CancelAsync(Guid instanceId, CommandContext? command = null, CancellationToken cancellationToken = default)
    {
        var (executor, tree, revisions) = await LoadAsync(instanceId, cancellationToken).ConfigureAwait(false);
        var instance = tree.First(i => i.Id == instanceId);
        if (instance.Status != InstanceStatus.Running)
        {
            throw new ConcurrencyConflictException($"Instance {instanceId} is not running.");
        }

        executor.CancelInstanceTree(instance, JournalEntryKind.InstanceCancelled);
        return await CommitAsync(executor, instance, revisions, command ?? CommandContext.System("cancel"), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Sets variables in the root scope (administrators; audited in the journal).</summary>
    public async Task<CommandResult> SetVariablesAsync(
        Guid instanceId, IReadOnlyDictionary<string, object?> variables, CommandContext? command = null, CancellationToken cancellationToken = default)
    {
        var (executor, tree, revisions) = await LoadAsync(instanceId, cancellationToken).ConfigureAwait(false);
        var instance = tree.First(i => i.Id == instanceId);
        foreach (var (name, value) in variables)
        {
            var normalized = Variables.VariableValues.Normalize(value);
            executor.CheckVariable(name, normalized);
            instance.RootScope.Variables[name] = normalized;
        }

        executor.Record(instance, JournalEntryKind.VariablesChanged, null, string.Join(",", variables.Keys));
        return await CommitAsync(executor, instance, revisions, command ?? CommandContext.System("set-variables"), cancellationToken).ConfigureAwait(false);
    }

    private async Task<(ProcessExecutor Executor, IReadOnlyList<ProcessInstance> Tree, Dictionary<Guid, long> Revisions)> LoadAsync(
        Guid instanceId, CancellationToken cancellationToken)
    {
        var tree = await Store.LoadTreeAsync(instanceId, cancellationToken).ConfigureAwait(false);
        if (tree.Count == 0)
        {
            throw new NotFoundException($"Process instance {instanceId} does not exist.");
        }

        var executor = NewExecutor();
        var revisions = new Dictionary<Guid, long>();
        foreach (var i in tree)
        {
            executor.Attach(i);
            revisions[i.Id] = i.Revision;
        }

        return (executor, tree, revisions);
    }

    /// <summary>
    /// Runs an action on the instance holding a subscription. Internal commands (timers, jobs) retry on a
    /// concurrency conflict with fresh state; user commands report the conflict.
    /// </summary>
    private async Task<CommandResult> OnSubscriptionAsync(
        Guid subscriptionId, CommandContext command, bool retry, CancellationToken cancellationToken,
        Action<ProcessExecutor, ProcessInstance, Subscription> action)
    {
        for (var attempt = 0; ; attempt++)
        {
            var instanceId = await Store.FindInstanceOfSubscriptionAsync(subscriptionId, cancellationToken).ConfigureAwait(false)
                ?? throw new NotFoundException($"Nothing waits under id {subscriptionId} (already completed, fired or cancelled).");
            var (executor, tree, revisions) = await LoadAsync(instanceId, cancellationToken).ConfigureAwait(false);
            var instance = tree.First(i => i.Id == instanceId);
            var subscription = instance.Subscriptions.Find(s => s.Id == subscriptionId)
                ?? throw new NotFoundException($"Nothing waits under id {subscriptionId} (already completed, fired or cancelled).");
            Guarded(executor, null, () =>
            {
                action(executor, instance, subscription);
                executor.RunToRest();
                return instance;
            });
            if (executor.Journal.Count == 0 && executor.Effects.Count == 0)
            {
                // Nothing happened (a timer not yet due, or gone): a new revision would only make a concurrent command fail.
                return CommandResult.Nothing;
            }

            try
            {
                return await CommitAsync(executor, instance, revisions, command, cancellationToken).ConfigureAwait(false);
            }
            catch (ConcurrencyConflictException) when (retry && attempt < InternalRetries)
            {
                // someone else changed the instance: start again from the stored state
            }
        }
    }

    /// <summary>
    /// Runs a command's steps; a step that cannot run (an expression, a missing variable) fails the whole command
    /// with a <see cref="StepFailedException"/> naming it. Scripts and handlers do not get here: they fail into incidents.
    /// </summary>
    private static T Guarded<T>(ProcessExecutor executor, DeployedProcess? definition, Func<T> steps)
    {
        try
        {
            return steps();
        }
        catch (EngineException e) when (e is not (StepFailedException or Variables.VariableLimitException))
        {
            var definitions = executor.Instances.Select(executor.DefinitionOf).Prepend(definition).OfType<DeployedProcess>().Distinct();
            throw StepFailure.Describe(e, definitions);
        }
    }

    private async Task<CommandResult> CommitAsync(
        ProcessExecutor executor, ProcessInstance main, Dictionary<Guid, long> revisions, CommandContext command, CancellationToken cancellationToken)
    {
        executor.CheckInstanceVariableTotals();
        var changed = executor.Instances.ToList();
        await Store.SaveAsync(new CommitBatch(changed, revisions, executor.Journal, executor.Effects, command, Time.GetUtcNow()), cancellationToken).ConfigureAwait(false);
        var result = new CommandResult(main, executor.Journal, executor.Effects);
        foreach (var signal in ThrownSignals(executor.Effects))
        {
            // Other instances hear the signal in their own commands (the throwing tree already did).
            await BroadcastSignalAsync(signal, null, changed.Select(i => i.RootInstanceId).ToHashSet(), cancellationToken).ConfigureAwait(false);
        }

        return result;
    }

    /// <summary>Distinct names of the signals a command threw, in order; allocates nothing when there are none (the usual case).</summary>
    private static List<string> ThrownSignals(IReadOnlyList<EngineEffect> effects)
    {
        List<string>? names = null;
        foreach (var effect in effects)
        {
            if (effect is SignalThrown thrown && !(names ??= []).Contains(thrown.SignalName))
            {
                names.Add(thrown.SignalName);
            }
        }

        return names ?? NoSignals;
    }
}
