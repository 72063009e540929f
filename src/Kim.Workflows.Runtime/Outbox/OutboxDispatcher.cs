using Kim.Workflows.Runtime.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Kim.Workflows.Runtime.Outbox;

/// <summary>
/// Applies committed outbox rows. A dispatcher takes a row by moving its next-attempt instant forward
/// (a lease) in one conditional update, so concurrent dispatchers and nodes apply each row once in the
/// normal case; a crash between apply and "done" repeats it, which the handlers tolerate (at least once).
/// </summary>
public sealed class OutboxDispatcher(
    WorkflowDbContextFactory contexts, IEnumerable<IOutboxEffectHandler> handlers, TimeProvider time,
    WorkflowRuntimeOptions options, ILogger<OutboxDispatcher> logger)
{
    private readonly Dictionary<string, IOutboxEffectHandler> _handlers = handlers.ToDictionary(h => h.Kind, StringComparer.Ordinal);

    /// <summary>
    /// Applies the rows a command leased to this node in its own transaction (right after commit; the effects are
    /// still in memory), then marks the applied ones done in one statement. A failed row gets its retry time.
    /// </summary>
    public async Task<int> ApplyOwnedAsync(IReadOnlyList<OwnedOutboxRow> rows, CancellationToken cancellationToken = default)
    {
        if (rows.Count == 0)
        {
            return 0;
        }

        var applied = new List<string>(rows.Count);
        List<(OwnedOutboxRow Row, Exception Error)>? failed = null;
        foreach (var row in rows)
        {
            try
            {
                if (_handlers.TryGetValue(row.Kind, out var handler))
                {
                    await handler.ApplyAsync(row.Id, row.Effect, cancellationToken).ConfigureAwait(false);
                }

                applied.Add(row.Id);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                (failed ??= []).Add((row, e));
            }
        }

        await using var db = contexts.Create();
        if (applied.Count > 0)
        {
            var now = time.GetUtcNow();
            await db.Outbox.Where(o => applied.Contains(o.Id) && o.DoneAt == null)
                .ExecuteUpdateAsync(s => s.SetProperty(o => o.DoneAt, now).SetProperty(o => o.LastError, (string?)null), cancellationToken)
                .ConfigureAwait(false);
        }

        foreach (var (row, error) in failed ?? [])
        {
            var retryAt = time.GetUtcNow() + TimeSpan.FromSeconds(2);
            logger.LogWarning(error, "Outbox row {Id} failed right after commit; retrying from the sweep", row.Id);
            await db.Outbox.Where(o => o.Id == row.Id).ExecuteUpdateAsync(
                s => s.SetProperty(o => o.LastError, error.Message).SetProperty(o => o.NextAttemptAt, retryAt), cancellationToken).ConfigureAwait(false);
        }

        return applied.Count;
    }

    /// <summary>The due rows of some instances (right after their command committed).</summary>
    public async Task<int> DispatchForAsync(IReadOnlyCollection<Guid> instanceIds, CancellationToken cancellationToken = default)
    {
        if (instanceIds.Count == 0)
        {
            return 0;
        }

        var now = time.GetUtcNow();
        List<string> ids;
        await using (var db = contexts.Create())
        {
            ids = await db.Outbox.AsNoTracking()
                .Where(o => instanceIds.Contains(o.InstanceId) && o.DoneAt == null && o.NextAttemptAt <= now)
                .OrderBy(o => o.CreatedAt).Select(o => o.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
        }

        return await DispatchAsync(ids, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Every due row, in batches (start-up and the sweep: rows left by a crash or a failed apply).</summary>
    public async Task<int> DispatchPendingAsync(int batchSize = 500, CancellationToken cancellationToken = default)
    {
        var total = 0;
        while (true)
        {
            var now = time.GetUtcNow();
            List<string> ids;
            await using (var db = contexts.Create())
            {
                ids = await db.Outbox.AsNoTracking().Where(o => o.DoneAt == null && o.NextAttemptAt <= now)
                    .OrderBy(o => o.NextAttemptAt).Select(o => o.Id).Take(batchSize).ToListAsync(cancellationToken).ConfigureAwait(false);
            }

            var applied = await DispatchAsync(ids, cancellationToken).ConfigureAwait(false);
            total += applied;
            if (ids.Count < batchSize || applied == 0)
            {
                return total;
            }
        }
    }

    private async Task<int> DispatchAsync(List<string> ids, CancellationToken cancellationToken)
    {
        var applied = 0;
        foreach (var id in ids)
        {
            if (await TryApplyAsync(id, cancellationToken).ConfigureAwait(false))
            {
                applied++;
            }
        }

        return applied;
    }

    private async Task<bool> TryApplyAsync(string id, CancellationToken cancellationToken)
    {
        await using var db = contexts.Create();
        var now = time.GetUtcNow();
        var lease = now + options.OutboxLease;
        var taken = await db.Outbox.Where(o => o.Id == id && o.DoneAt == null && o.NextAttemptAt <= now)
            .ExecuteUpdateAsync(s => s.SetProperty(o => o.NextAttemptAt, lease).SetProperty(o => o.Attempts, o => o.Attempts + 1), cancellationToken)
            .ConfigureAwait(false);
        if (taken == 0)
        {
            return false; // another dispatcher has it, or it is done
        }

        var row = await db.Outbox.AsNoTracking().FirstAsync(o => o.Id == id, cancellationToken).ConfigureAwait(false);
        try
        {
            if (_handlers.TryGetValue(row.Kind, out var handler))
            {
                await handler.ApplyAsync(row.Id, OutboxPayload.Deserialize(row.Kind, row.PayloadJson), cancellationToken).ConfigureAwait(false);
            }

            await db.Outbox.Where(o => o.Id == id).ExecuteUpdateAsync(s => s.SetProperty(o => o.DoneAt, time.GetUtcNow()).SetProperty(o => o.LastError, (string?)null), cancellationToken)
                .ConfigureAwait(false);
            return true;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            var giveUp = row.Attempts >= options.OutboxMaxAttempts;
            var retryAt = time.GetUtcNow() + TimeSpan.FromSeconds(Math.Min(3600, Math.Pow(2, row.Attempts)));
            logger.LogWarning(e, "Outbox row {Id} failed (attempt {Attempts}){GiveUp}", id, row.Attempts, giveUp ? "; giving up" : "");
            await db.Outbox.Where(o => o.Id == id).ExecuteUpdateAsync(
                s => s.SetProperty(o => o.LastError, e.Message).SetProperty(o => o.NextAttemptAt, retryAt).SetProperty(o => o.DoneAt, giveUp ? time.GetUtcNow() : null),
                cancellationToken).ConfigureAwait(false);
            return false;
        }
    }
}
