using Kim.Workflows.Engine.Commands;
using Microsoft.Extensions.Logging;

namespace Kim.Workflows.Runtime.Timers;

/// <summary>
/// The Hangfire job behind a timer. The database decides: firing is idempotent (a second run finds the
/// timer gone), an early run (Hangfire rounds to seconds) schedules itself again for the due instant.
/// </summary>
public sealed class TimerJob(WorkflowRuntime runtime, TimerScheduler scheduler, ILogger<TimerJob> logger)
{
    public async Task<TimerFireOutcome> FireAsync(Guid timerId, CancellationToken cancellationToken)
    {
        var result = await runtime.FireTimerAsync(timerId, cancellationToken).ConfigureAwait(false);
        switch (result.Outcome)
        {
            case TimerFireOutcome.NotDue:
                scheduler.Schedule(timerId, result.DueAt!.Value);
                break;
            case TimerFireOutcome.Incident:
                logger.LogWarning("Timer {TimerId} failed and is waiting as an incident", timerId);
                break;
        }

        return result.Outcome;
    }
}
