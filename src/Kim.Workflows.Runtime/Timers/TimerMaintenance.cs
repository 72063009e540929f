using Kim.Workflows.Engine.Commands;
using Kim.Workflows.Runtime.Persistence;
using Kim.Workflows.Runtime.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Kim.Workflows.Runtime.Timers;

/// <summary>
/// Timers from the database's point of view: re-schedule every pending one (start-up with in-memory
/// Hangfire storage), and fire those that are due (the recurring sweep; harmless when a job fires too).
/// </summary>
public sealed class TimerMaintenance(
    WorkflowDbContextFactory contexts, TimerScheduler scheduler, WorkflowRuntime runtime, TimeProvider time,
    WorkflowRuntimeOptions options, TimerHorizon horizon, ILogger<TimerMaintenance> logger)
{
    /// <summary>
    /// Schedules a Hangfire job for every pending timer due within the horizon (all of them without one), paging by
    /// id; returns how many.
    /// </summary>
    public async Task<int> RescheduleAllAsync(CancellationToken cancellationToken = default)
    {
        horizon.Advance();
        var end = horizon.End;
        var count = 0;
        var after = Guid.Empty;
        while (true)
        {
            await using var db = contexts.Create();
            var pending = db.Timers.AsNoTracking().Where(t => t.Status == TimerStatus.Pending && t.Id.CompareTo(after) > 0);
            if (horizon.Enabled)
            {
                pending = pending.Where(t => t.DueAt <= end);
            }

            var page = await pending
                .OrderBy(t => t.Id).Select(t => new { t.Id, t.DueAt }).Take(options.RescheduleBatchSize)
                .ToListAsync(cancellationToken).ConfigureAwait(false);
            foreach (var timer in page)
            {
                scheduler.Schedule(timer.Id, timer.DueAt);
            }

            count += page.Count;
            if (page.Count < options.RescheduleBatchSize)
            {
                logger.LogInformation("Re-scheduled {Count} pending timers", count);
                return count;
            }

            after = page[^1].Id;
        }
    }

    /// <summary>The sweep: moves the horizon forward and schedules the pending timers that came into it; returns how many.</summary>
    public async Task<int> ScheduleEnteringHorizonAsync(CancellationToken cancellationToken = default)
    {
        var (from, to) = horizon.Advance();
        if (to <= from)
        {
            return 0;
        }

        await using var db = contexts.Create();
        var entering = await db.Timers.AsNoTracking().Where(t => t.Status == TimerStatus.Pending && t.DueAt > from && t.DueAt <= to)
            .Select(t => new { t.Id, t.DueAt }).ToListAsync(cancellationToken).ConfigureAwait(false);
        foreach (var timer in entering)
        {
            scheduler.Schedule(timer.Id, timer.DueAt);
        }

        return entering.Count;
    }

    /// <summary>Fires every pending timer that is due now (idempotent per timer); returns how many fired.</summary>
    public async Task<int> FireDueAsync(CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        List<Guid> due;
        await using (var db = contexts.Create())
        {
            due = await db.Timers.AsNoTracking().Where(t => t.Status == TimerStatus.Pending && t.DueAt <= now)
                .OrderBy(t => t.DueAt).Select(t => t.Id).Take(1_000).ToListAsync(cancellationToken).ConfigureAwait(false);
        }

        var fired = 0;
        foreach (var id in due)
        {
            if ((await runtime.FireTimerAsync(id, cancellationToken).ConfigureAwait(false)).Outcome == TimerFireOutcome.Fired)
            {
                fired++;
            }
        }

        return fired;
    }
}
