using Kim.Workflows.Engine.Commands;
using Kim.Workflows.Engine.Persistence;
using Kim.Workflows.Runtime.Outbox;
using Kim.Workflows.Runtime.Persistence;

namespace Kim.Workflows.Runtime;

/// <summary>
/// What the web layer calls: deploy, start, complete, correlate, cancel, retry, migrate. Each call is one engine
/// command (one transaction); right after it commits, the outbox rows it wrote (leased to this node in that
/// transaction) are applied and marked done in one statement.
/// </summary>
public sealed class WorkflowRuntime(WorkflowEngine engine, EfDefinitionRepository definitions, OutboxDispatcher outbox)
{
    public WorkflowEngine Engine => engine;

    public EfDefinitionRepository Definitions => definitions;

    public Task<DeploymentResult> DeployAsync(string xml, string source, string? userId = null, bool publish = true, CancellationToken cancellationToken = default) =>
        definitions.DeployAsync(xml, source, userId, publish, cancellationToken);

    /// <summary>
    /// Deploys every <c>*.bpmn</c> of a folder with the <c>*.form</c> files it references (start-up: the files in
    /// <c>workflows/</c>); unchanged deployments give nothing new.
    /// </summary>
    public async Task<IReadOnlyDictionary<string, DeploymentResult>> DeployDirectoryAsync(string directory, string? userId = null, CancellationToken cancellationToken = default)
    {
        var results = new Dictionary<string, DeploymentResult>(StringComparer.Ordinal);
        foreach (var (name, files) in await WorkflowFolder.ReadAsync(directory, cancellationToken).ConfigureAwait(false))
        {
            results[name] = await definitions.DeployAsync(files, name, userId, publish: true, cancellationToken).ConfigureAwait(false);
        }

        return results;
    }

    public Task<CommandResult> StartAsync(string processKey, string? businessKey, IReadOnlyDictionary<string, object?>? variables, string? userId = null, CancellationToken cancellationToken = default) =>
        DispatchAfter(() => engine.StartAsync(processKey, businessKey, variables, new CommandContext("start", userId), cancellationToken), cancellationToken);

    /// <summary>Completes a user task; a concurrent completion loses with <see cref="ConcurrencyConflictException"/> or <see cref="NotFoundException"/>.</summary>
    public async Task<CommandResult> CompleteTaskAsync(Guid taskId, IReadOnlyDictionary<string, object?>? variables, string? userId = null, CancellationToken cancellationToken = default)
    {
        using (CommandAnnotations.WithCompletionVariables(variables))
        {
            return await DispatchAfter(() => engine.CompleteTaskAsync(taskId, variables, new CommandContext("complete-task", userId), cancellationToken), cancellationToken).ConfigureAwait(false);
        }
    }

    public async Task<CorrelationResult> CorrelateMessageAsync(
        string messageName, string? businessKey, IReadOnlyDictionary<string, object?>? correlationVariables,
        IReadOnlyDictionary<string, object?>? variables, string? userId = null, CancellationToken cancellationToken = default)
    {
        using var owned = OutboxClaims.Begin();
        var result = await engine.CorrelateMessageAsync(messageName, businessKey, correlationVariables, variables, new CommandContext("correlate", userId), cancellationToken)
            .ConfigureAwait(false);
        await outbox.ApplyOwnedAsync(owned.Rows, cancellationToken).ConfigureAwait(false);
        return result;
    }

    public async Task<int> BroadcastSignalAsync(string signalName, IReadOnlyDictionary<string, object?>? variables, CancellationToken cancellationToken = default)
    {
        using var owned = OutboxClaims.Begin();
        var delivered = await engine.BroadcastSignalAsync(signalName, variables, cancellationToken).ConfigureAwait(false);
        await outbox.ApplyOwnedAsync(owned.Rows, cancellationToken).ConfigureAwait(false);
        return delivered;
    }

    public Task<CommandResult> CancelAsync(Guid instanceId, string? userId = null, CancellationToken cancellationToken = default) =>
        DispatchAfter(() => engine.CancelAsync(instanceId, new CommandContext("cancel", userId), cancellationToken), cancellationToken);

    public Task<CommandResult> SetVariablesAsync(Guid instanceId, IReadOnlyDictionary<string, object?> variables, string? userId = null, CancellationToken cancellationToken = default) =>
        DispatchAfter(() => engine.SetVariablesAsync(instanceId, variables, new CommandContext("set-variables", userId), cancellationToken), cancellationToken);

    /// <summary>
    /// Moves a running instance to another deployed version (administrators). Waiting tasks keep their ids and
    /// inbox rows; elements map to the same id unless <paramref name="mapping"/> says otherwise. Refuses with
    /// <see cref="MigrationRefusedException"/> (reasons name the elements) when a waiting element has no counterpart.
    /// </summary>
    public Task<CommandResult> MigrateAsync(
        Guid instanceId, string targetDefinitionId, IReadOnlyDictionary<string, string>? mapping, string? userId = null, CancellationToken cancellationToken = default) =>
        DispatchAfter(() => engine.MigrateAsync(instanceId, targetDefinitionId, mapping, new CommandContext("migrate", userId), cancellationToken), cancellationToken);

    public Task<CommandResult> RetryIncidentAsync(Guid incidentId, CancellationToken cancellationToken = default) =>
        DispatchAfter(() => engine.RetryIncidentAsync(incidentId, cancellationToken), cancellationToken);

    internal async Task<TimerFireResult> FireTimerAsync(Guid timerId, CancellationToken cancellationToken)
    {
        using var owned = OutboxClaims.Begin();
        var result = await engine.FireTimerAsync(timerId, cancellationToken).ConfigureAwait(false);
        await outbox.ApplyOwnedAsync(owned.Rows, cancellationToken).ConfigureAwait(false);
        return result;
    }

    internal Task<CommandResult> CompleteJobAsync(Guid jobId, IReadOnlyDictionary<string, object?>? variables, CancellationToken cancellationToken) =>
        DispatchAfter(() => IgnoreGone(engine.CompleteJobAsync(jobId, variables, cancellationToken)), cancellationToken);

    internal Task<CommandResult> ThrowBpmnErrorAsync(Guid jobId, string errorCode, IReadOnlyDictionary<string, object?>? variables, CancellationToken cancellationToken) =>
        DispatchAfter(() => IgnoreGone(engine.ThrowBpmnErrorAsync(jobId, errorCode, variables, cancellationToken)), cancellationToken);

    internal Task<CommandResult> FailJobAsync(Guid jobId, string message, CancellationToken cancellationToken) =>
        DispatchAfter(() => IgnoreGone(engine.FailJobAsync(jobId, message, cancellationToken)), cancellationToken);

    /// <summary>A job whose task was cancelled meanwhile (or that ran twice) finds nothing waiting: not an error.</summary>
    private static async Task<CommandResult> IgnoreGone(Task<CommandResult> command)
    {
        try
        {
            return await command.ConfigureAwait(false);
        }
        catch (NotFoundException)
        {
            return CommandResult.Nothing;
        }
    }

    /// <summary>
    /// Runs one command with an outbox claim scope: the rows it commits are leased to this node in its transaction
    /// and applied right here, after the commit (signals' commits of other instances in the same call included).
    /// </summary>
    private async Task<CommandResult> DispatchAfter(Func<Task<CommandResult>> command, CancellationToken cancellationToken)
    {
        using var owned = OutboxClaims.Begin();
        var result = await command().ConfigureAwait(false);
        await outbox.ApplyOwnedAsync(owned.Rows, cancellationToken).ConfigureAwait(false);
        return result;
    }
}
