namespace Kim.Workflows.Runtime.Outbox;

/// <summary>
/// Tries one failed outbox row again when its back-off ends (scheduled by the dispatcher), so a row waits its delay and
/// not until the next sweep. If the job is lost (in-memory Hangfire and a restart), start-up and the sweep take the row.
/// </summary>
public sealed class OutboxRetryJob(OutboxDispatcher dispatcher)
{
    public Task RunAsync(string id, CancellationToken cancellationToken) => dispatcher.DispatchRowsAsync([id], cancellationToken);
}
