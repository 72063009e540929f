using Kim.Workflows.Runtime.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Kim.Workflows.Runtime.Outbox;

/// <summary>A failed outbox row as the monitor shows it: what, since when, how often, the last error, next attempt or incident.</summary>
public sealed record FailingOutboxRow(
    string Id, string Kind, Guid InstanceId, int Attempts, DateTimeOffset? FailingSince, DateTimeOffset NextAttemptAt, DateTimeOffset? IncidentAt, string? LastError);

/// <summary>Failed rows and how many (monitor, health), and an administrator's retry of an outbox incident.</summary>
public sealed class OutboxMonitor(WorkflowDbContextFactory contexts, OutboxDispatcher dispatcher, TimeProvider time)
{
    /// <summary>Rows that failed and have not succeeded since (retrying or incidents), oldest failure first.</summary>
    public async Task<IReadOnlyList<FailingOutboxRow>> FailingAsync(int limit = 200, CancellationToken cancellationToken = default)
    {
        await using var db = contexts.Create();
        return await db.Outbox.AsNoTracking().Where(o => o.DoneAt == null && o.LastError != null)
            .OrderBy(o => o.FailingSince).Take(limit)
            .Select(o => new FailingOutboxRow(o.Id, o.Kind, o.InstanceId, o.Attempts, o.FailingSince, o.NextAttemptAt, o.IncidentAt, o.LastError))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Counts only: rows retrying after a failure, and rows that became incidents.</summary>
    public async Task<(int Retrying, int Incidents)> CountsAsync(CancellationToken cancellationToken = default)
    {
        await using var db = contexts.Create();
        var retrying = await db.Outbox.CountAsync(o => o.DoneAt == null && o.LastError != null && o.IncidentAt == null, cancellationToken).ConfigureAwait(false);
        var incidents = await db.Outbox.CountAsync(o => o.DoneAt == null && o.IncidentAt != null, cancellationToken).ConfigureAwait(false);
        return (retrying, incidents);
    }

    /// <summary>Starts a new retry window for an outbox incident and tries it at once; false when there is no such incident.</summary>
    public async Task<bool> RetryAsync(string id, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        await using (var db = contexts.Create())
        {
            var reset = await db.Outbox.Where(o => o.Id == id && o.DoneAt == null && o.IncidentAt != null).ExecuteUpdateAsync(
                s => s.SetProperty(o => o.IncidentAt, (DateTimeOffset?)null).SetProperty(o => o.FailingSince, (DateTimeOffset?)null)
                    .SetProperty(o => o.Attempts, 0).SetProperty(o => o.NextAttemptAt, now),
                cancellationToken).ConfigureAwait(false);
            if (reset == 0)
            {
                return false;
            }
        }

        await dispatcher.DispatchRowsAsync([id], cancellationToken).ConfigureAwait(false);
        return true;
    }
}
