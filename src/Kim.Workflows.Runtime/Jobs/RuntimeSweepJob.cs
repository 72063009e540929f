using Kim.Workflows.Runtime.Outbox;
using Kim.Workflows.Runtime.Timers;

namespace Kim.Workflows.Runtime.Jobs;

/// <summary>
/// The recurring safety net: schedules timers coming into the horizon, fires due timers that lost their job, and applies outbox rows that a crash
/// or a failed apply left behind.
/// </summary>
public sealed class RuntimeSweepJob(TimerMaintenance timers, OutboxDispatcher outbox)
{
    public const string RecurringJobId = "kim-workflows-sweep";

    public async Task SweepAsync(CancellationToken cancellationToken)
    {
        await outbox.DispatchPendingAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        await timers.ScheduleEnteringHorizonAsync(cancellationToken).ConfigureAwait(false);
        await timers.FireDueAsync(cancellationToken).ConfigureAwait(false);
    }
}
