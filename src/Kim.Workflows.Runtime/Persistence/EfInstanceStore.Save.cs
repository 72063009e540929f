using Kim.Workflows.Engine.Commands;
using Kim.Workflows.Engine.Execution;
using Kim.Workflows.Engine.Execution.Effects;
using Kim.Workflows.Engine.Persistence;
using Kim.Workflows.Runtime.Outbox;
using Kim.Workflows.Runtime.Persistence.Entities;
using Kim.Workflows.Runtime.Serialization;
using Microsoft.EntityFrameworkCore;

namespace Kim.Workflows.Runtime.Persistence;

public sealed partial class EfInstanceStore
{
    /// <summary>
    /// One transaction: each instance is updated only where its stored revision is still the loaded one
    /// (else <see cref="ConcurrencyConflictException"/> and nothing is written), then the projections,
    /// the journal and the outbox rows of the effects that leave the process.
    /// </summary>
    public async ValueTask SaveAsync(CommitBatch batch, CancellationToken cancellationToken = default)
    {
        await using var db = contexts.Create();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var newRevisions = new Dictionary<Guid, long>();
        foreach (var instance in batch.Instances)
        {
            var loaded = batch.LoadedRevisions.GetValueOrDefault(instance.Id);
            newRevisions[instance.Id] = await WriteInstanceAsync(db, instance, loaded, cancellationToken).ConfigureAwait(false);
        }

        var projections = new ProjectionWriter(db, batch, definitions);
        foreach (var instance in batch.Instances)
        {
            await projections.WriteAsync(instance, cancellationToken).ConfigureAwait(false);
        }

        await projections.WriteUserTasksAsync(cancellationToken).ConfigureAwait(false);
        var owned = WriteOutbox(db, batch, newRevisions, routing);
        try
        {
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (DbUpdateException e) when (batch.Instances.Any(i => batch.LoadedRevisions.GetValueOrDefault(i.Id) == 0))
        {
            throw new ConcurrencyConflictException($"Saving a new instance failed, probably because it exists already: {e.InnerException?.Message ?? e.Message}");
        }

        await JournalWriter.WriteAsync(db, batch, cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        if (owned is not null)
        {
            OutboxClaims.Current?.AddRange(owned);
        }

        foreach (var instance in batch.Instances)
        {
            instance.Revision = newRevisions[instance.Id];
        }
    }

    private static async Task<long> WriteInstanceAsync(WorkflowDbContext db, ProcessInstance instance, long loaded, CancellationToken cancellationToken)
    {
        var revision = loaded + 1;
        instance.Revision = revision;
        var json = ProcessInstanceSerializer.Serialize(instance);
        instance.Revision = loaded;
        if (loaded == 0)
        {
            db.Instances.Add(new InstanceRecord
            {
                Id = instance.Id,
                RootInstanceId = instance.RootInstanceId,
                ParentInstanceId = instance.ParentInstanceId,
                DefinitionId = instance.DefinitionId,
                ProcessKey = instance.ProcessKey,
                BusinessKey = instance.BusinessKey,
                Status = instance.Status,
                StartedAt = instance.StartedAt,
                EndedAt = instance.EndedAt,
                StateJson = json,
                Revision = revision,
            });
            return revision;
        }

        var updated = await db.Instances
            .Where(i => i.Id == instance.Id && i.Revision == loaded)
            .ExecuteUpdateAsync(
                s => s.SetProperty(i => i.StateJson, json)
                    .SetProperty(i => i.Revision, revision)
                    .SetProperty(i => i.Status, instance.Status)
                    .SetProperty(i => i.EndedAt, instance.EndedAt)
                    .SetProperty(i => i.BusinessKey, instance.BusinessKey)
                    .SetProperty(i => i.DefinitionId, instance.DefinitionId)
                    .SetProperty(i => i.ProcessKey, instance.ProcessKey),
                cancellationToken)
            .ConfigureAwait(false);
        if (updated == 0)
        {
            throw new ConcurrencyConflictException(
                $"Die Instanz {instance.Id} wurde zwischenzeitlich geändert (erwartete Revision {loaded}); bitte neu laden und erneut versuchen.");
        }

        return revision;
    }

    private static List<OwnedOutboxRow>? WriteOutbox(WorkflowDbContext db, CommitBatch batch, Dictionary<Guid, long> revisions, OutboxRouting? routing)
    {
        List<OwnedOutboxRow>? owned = null;
        var claiming = routing is not null && OutboxClaims.Current is not null;
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var effect in batch.Effects)
        {
            if (OutboxKinds.Classify(effect) is not { } classified)
            {
                continue;
            }

            // kind:subject:revision is unique per commit of an instance, and the same on every replay of this row.
            var revision = revisions.GetValueOrDefault(effect.InstanceId);
            var key = $"{classified.Kind}:{classified.Subject}:{effect.InstanceId:N}:{revision}";
            for (var n = 2; !used.Add(key); n++)
            {
                key = $"{classified.Kind}:{classified.Subject}:{effect.InstanceId:N}:{revision}:{n}";
            }

            var row = new OutboxRecord
            {
                Id = key,
                Kind = classified.Kind,
                InstanceId = effect.InstanceId,
                PayloadJson = OutboxPayload.Serialize(effect),
                CreatedAt = batch.At,
                NextAttemptAt = batch.At,
            };
            if (routing is not null && !routing.Handles(classified.Kind))
            {
                row.DoneAt = batch.At;
            }
            else if (claiming)
            {
                row.NextAttemptAt = batch.At + routing!.Lease;
                row.Attempts = 1;
                (owned ??= []).Add(new OwnedOutboxRow(key, classified.Kind, effect));
            }

            db.Outbox.Add(row);
        }

        return owned;
    }
}
