using System.Reflection;
using Hangfire;
using Hangfire.Common;
using Hangfire.States;

namespace Kim.Workflows.Runtime.Timers;

/// <summary>
/// Wakes <see cref="TimerJob"/> at a timer's due instant. The delay is measured on the engine's clock,
/// so a test clock and Hangfire agree; a due or overdue timer is enqueued at once. The job is built from
/// the method directly (no expression tree per call): start-up schedules up to 100,000 of them.
/// </summary>
public sealed class TimerScheduler(IBackgroundJobClient jobs, TimeProvider time, WorkflowRuntimeOptions options)
{
    private static readonly MethodInfo FireMethod = typeof(TimerJob).GetMethod(nameof(TimerJob.FireAsync))!;

    public string Schedule(Guid timerId, DateTimeOffset dueAt)
    {
        var delay = dueAt - time.GetUtcNow();
        var job = new Job(typeof(TimerJob), FireMethod, [timerId, CancellationToken.None], options.Queue);
        IState state = delay <= TimeSpan.Zero
            ? new EnqueuedState(options.Queue)
            // Hangfire counts the delay on its own clock; the delay itself comes from the engine's clock.
            : new ScheduledState(delay);
        return jobs.Create(job, state);
    }
}
