using Kim.Workflows.Engine.Execution;
using Kim.Workflows.Engine.Persistence;
using Kim.Workflows.Runtime.Persistence.Entities;
using Kim.Workflows.Runtime.Serialization;
using Microsoft.EntityFrameworkCore;

namespace Kim.Workflows.Runtime.Persistence;

/// <summary>
/// Instances in the database. Loads deserialize the stored state; <see cref="SaveAsync"/> writes one
/// command (instances, projections, journal, outbox) in one transaction with an optimistic revision check.
/// The definitions give migrated task rows the names of their target version's elements.
/// </summary>
public sealed partial class EfInstanceStore(WorkflowDbContextFactory contexts, IDefinitionProvider? definitions = null, Outbox.OutboxRouting? routing = null) : IInstanceStore
{
    // Every command runs these; compiled once, they skip EF's per-call query-cache lookup and parameter extraction.
    // Per store, not static: a compiled query belongs to one model (one provider), and a process may use both.
    private readonly Func<WorkflowDbContext, Guid, IAsyncEnumerable<TreeRow>> _loadTree = EF.CompileAsyncQuery(
        (WorkflowDbContext db, Guid id) => db.Instances.AsNoTracking()
            .Where(i => db.Instances.Where(x => x.Id == id).Select(x => x.RootInstanceId).Contains(i.RootInstanceId))
            .Select(i => new TreeRow(i.Id, i.RootInstanceId, i.StateJson, i.Revision)));

    private readonly Func<WorkflowDbContext, Guid, Task<Guid?>> _instanceOfSubscription = EF.CompileAsyncQuery(
        (WorkflowDbContext db, Guid id) => db.Subscriptions.Where(s => s.Id == id).Select(s => (Guid?)s.InstanceId)
            .Concat(db.UserTasks.Where(t => t.Id == id && t.State == UserTaskState.Open).Select(t => (Guid?)t.InstanceId))
            .FirstOrDefault());

    private readonly Writing.GroupCommit _group = new(contexts, definitions, routing);

    public async ValueTask<IReadOnlyList<ProcessInstance>> LoadTreeAsync(Guid instanceId, CancellationToken cancellationToken = default)
    {
        var rows = await ReadAsync(async db => await _loadTree(db, instanceId).ToListAsync(cancellationToken).ConfigureAwait(false)).ConfigureAwait(false);
        if (rows.Count == 0)
        {
            return [];
        }

        var rootId = rows[0].RootInstanceId;

        // Root first, then descendants (the order the in-memory store gives).
        var tree = new List<ProcessInstance>(rows.Count);
        foreach (var row in rows.OrderBy(r => r.Id == rootId ? 0 : 1))
        {
            var instance = ProcessInstanceSerializer.Deserialize(row.StateJson);
            instance.Revision = row.Revision;
            tree.Add(instance);
        }

        return tree;
    }

    public async ValueTask<Guid?> FindInstanceOfSubscriptionAsync(Guid subscriptionId, CancellationToken cancellationToken = default)
    {
        return await ReadAsync(db => _instanceOfSubscription(db, subscriptionId)).ConfigureAwait(false);
    }

    public async ValueTask<Guid?> FindInstanceOfIncidentAsync(Guid incidentId, CancellationToken cancellationToken = default)
    {
        return await ReadAsync(db => db.Incidents.AsNoTracking().Where(i => i.Id == incidentId && i.ResolvedAt == null).Select(i => (Guid?)i.InstanceId)
            .FirstOrDefaultAsync(cancellationToken)).ConfigureAwait(false);
    }

    public async ValueTask<IReadOnlyList<MessageSubscriptionMatch>> FindMessageSubscriptionsAsync(
        string messageName, string? businessKey, CancellationToken cancellationToken = default)
    {
        return await ReadAsync(async db =>
        {
            var query = db.Subscriptions.AsNoTracking()
                .Where(s => (s.Kind == SubscriptionKind.Message || s.Kind == SubscriptionKind.ReceiveTask) && s.EventName == messageName);
            if (businessKey is not null)
            {
                query = query.Where(s => s.BusinessKey == businessKey);
            }

            return await query.OrderBy(s => s.CreatedAt)
                .Select(s => new MessageSubscriptionMatch(s.InstanceId, s.Id, s.BusinessKey))
                .ToListAsync(cancellationToken).ConfigureAwait(false);
        }).ConfigureAwait(false);
    }

    public async ValueTask<IReadOnlyList<Guid>> FindSignalSubscribersAsync(string signalName, CancellationToken cancellationToken = default)
    {
        return await ReadAsync(db => db.Subscriptions.AsNoTracking().Where(s => s.Kind == SubscriptionKind.Signal && s.EventName == signalName)
            .Select(s => s.InstanceId).Distinct().ToListAsync(cancellationToken)).ConfigureAwait(false);
    }

    /// <summary>The hot reads of every command: on the idle writer's warm connection, else on a pooled one.</summary>
    private async Task<T> ReadAsync<T>(Func<WorkflowDbContext, Task<T>> read)
    {
        var (ran, value) = await _group.TryReadAsync(read).ConfigureAwait(false);
        if (ran)
        {
            return value;
        }

        await using var db = contexts.Create();
        return await read(db).ConfigureAwait(false);
    }

    private sealed record TreeRow(Guid Id, Guid RootInstanceId, string StateJson, long Revision);
}
