using Kim.Workflows.Engine.Execution.Effects;
using Kim.Workflows.Engine.Execution.Journal;

namespace Kim.Workflows.Engine.Commands;

/// <summary>Instance migration between versions (administrators).</summary>
public sealed partial class WorkflowEngine
{
    /// <summary>
    /// Moves a running instance to <paramref name="targetDefinitionId"/>. Elements map to the same id unless
    /// <paramref name="mapping"/> says otherwise. Throws <see cref="MigrationRefusedException"/> with reasons
    /// naming the elements when a waiting element has no counterpart; then nothing changes.
    /// </summary>
    public async Task<CommandResult> MigrateAsync(
        Guid instanceId, string targetDefinitionId, IReadOnlyDictionary<string, string>? mapping,
        CommandContext? command = null, CancellationToken cancellationToken = default)
    {
        var (executor, tree, revisions) = await LoadAsync(instanceId, cancellationToken).ConfigureAwait(false);
        var instance = tree.First(i => i.Id == instanceId);
        if (instance.Status != Execution.InstanceStatus.Running)
        {
            throw new ConcurrencyConflictException($"Instance {instanceId} is not running; only running instances can be migrated.");
        }

        var source = Definitions.Get(instance.DefinitionId);
        var target = Definitions.Get(targetDefinitionId);
        var used = InstanceMigrator.Migrate(executor, instance, source, target, mapping);
        executor.Record(instance, JournalEntryKind.InstanceMigrated, null, $"{source.Id} -> {target.Id}");
        executor.Emit(new InstanceMigrated(instance.Id, source.Id, target.Id, used));
        return await CommitAsync(executor, instance, revisions, command ?? CommandContext.System("migrate"), cancellationToken).ConfigureAwait(false);
    }
}
