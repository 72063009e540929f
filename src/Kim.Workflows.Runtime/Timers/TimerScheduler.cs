using Hangfire;

namespace Kim.Workflows.Runtime.Timers;

/// <summary>
/// Wakes <see cref="TimerJob"/> at a timer's due instant. The delay is measured on the engine's clock,
/// so a test clock and Hangfire agree; a due or overdue timer is enqueued at once.
/// </summary>
public sealed class TimerScheduler(IBackgroundJobClient jobs, TimeProvider time)
{
    public string Schedule(Guid timerId, DateTimeOffset dueAt)
    {
        var delay = dueAt - time.GetUtcNow();
        return delay <= TimeSpan.Zero
            ? jobs.Enqueue<TimerJob>(j => j.FireAsync(timerId, CancellationToken.None))
            : jobs.Schedule<TimerJob>(j => j.FireAsync(timerId, CancellationToken.None), delay);
    }
}
