using Hangfire;
using Kim.Workflows.Runtime.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Kim.Workflows.Runtime.Outbox;

/// <summary>
/// Applies committed outbox rows. A dispatcher takes a row by moving its next-attempt instant forward
/// (a lease) in one conditional update, so concurrent dispatchers and nodes apply each row once in the
/// normal case; a crash between apply and "done" repeats it, which the handlers tolerate (at least once).
/// A failed row is retried by <see cref="IOutboxRetryPolicy"/> (a job at the end of each back-off); after the retry
/// window it becomes an outbox incident. A row is marked done only when its effect was applied.
/// </summary>
public sealed class OutboxDispatcher(
    WorkflowDbContextFactory contexts, IEnumerable<IOutboxEffectHandler> handlers, TimeProvider time,
    WorkflowRuntimeOptions options, IOutboxRetryPolicy policy, IBackgroundJobClient jobs, ILogger<OutboxDispatcher> logger)
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
            await RecordFailureAsync(db, row.Id, error, cancellationToken).ConfigureAwait(false);
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
                .Where(o => instanceIds.Contains(o.InstanceId) && o.DoneAt == null && o.IncidentAt == null && o.NextAttemptAt <= now)
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
                ids = await db.Outbox.AsNoTracking().Where(o => o.DoneAt == null && o.IncidentAt == null && o.NextAttemptAt <= now)
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

    /// <summary>The given rows, each only if it is due and not done (a retry job, an administrator's retry).</summary>
    public Task<int> DispatchRowsAsync(IReadOnlyList<string> ids, CancellationToken cancellationToken = default) => DispatchAsync(ids, cancellationToken);

    private async Task<int> DispatchAsync(IReadOnlyList<string> ids, CancellationToken cancellationToken)
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
        var taken = await db.Outbox.Where(o => o.Id == id && o.DoneAt == null && o.IncidentAt == null && o.NextAttemptAt <= now)
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

            await db.Outbox.Where(o => o.Id == id).ExecuteUpdateAsync(
                    s => s.SetProperty(o => o.DoneAt, time.GetUtcNow()).SetProperty(o => o.LastError, (string?)null).SetProperty(o => o.FailingSince, (DateTimeOffset?)null),
                    cancellationToken)
                .ConfigureAwait(false);
            return true;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            await RecordFailureAsync(db, id, e, cancellationToken).ConfigureAwait(false);
            return false;
        }
    }

    /// <summary>
    /// The row's next attempt by the policy (and a job that makes it then), or an incident when the window has passed or the
    /// handler gave up. The row stays not done either way.
    /// </summary>
    private async Task RecordFailureAsync(WorkflowDbContext db, string id, Exception error, CancellationToken cancellationToken)
    {
        var row = await db.Outbox.AsNoTracking().Where(o => o.Id == id).Select(o => new { o.Attempts, o.FailingSince }).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        if (row is null)
        {
            return; // erased meanwhile (privacy deletion of the instance)
        }

        var now = time.GetUtcNow();
        var since = row.FailingSince ?? now;
        var delay = error is OutboxGiveUpException ? null : policy.NextDelay(Math.Max(1, row.Attempts), now - since);
        var message = error.Message;
        if (delay is { } wait)
        {
            logger.LogWarning(error, "Outbox row {Id} failed (attempt {Attempts}); next attempt in {Delay}", id, row.Attempts, wait);
            await db.Outbox.Where(o => o.Id == id && o.DoneAt == null).ExecuteUpdateAsync(
                s => s.SetProperty(o => o.LastError, message).SetProperty(o => o.NextAttemptAt, now + wait).SetProperty(o => o.FailingSince, since),
                cancellationToken).ConfigureAwait(false);
            try
            {
                jobs.Schedule<OutboxRetryJob>(j => j.RunAsync(id, CancellationToken.None), wait);
            }
            catch (Exception scheduling) when (scheduling is not OperationCanceledException)
            {
                logger.LogWarning(scheduling, "No retry job for outbox row {Id}; the sweep takes it", id);
            }

            return;
        }

        logger.LogError(error, "Outbox row {Id} failed (attempt {Attempts}) and is now an incident; an administrator can retry it", id, row.Attempts);
        await db.Outbox.Where(o => o.Id == id && o.DoneAt == null).ExecuteUpdateAsync(
            s => s.SetProperty(o => o.LastError, message).SetProperty(o => o.FailingSince, since).SetProperty(o => o.IncidentAt, now),
            cancellationToken).ConfigureAwait(false);
    }
}
