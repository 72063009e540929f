namespace Kim.Workflows.Runtime.Outbox;

/// <summary>
/// When a failed outbox row is tried again. One policy for every row (the application registers its mail retry policy
/// here, so task notices and workflow mails follow the same rules).
/// </summary>
public interface IOutboxRetryPolicy
{
    /// <summary>The delay before the next attempt, or null when the retry window has passed (the row becomes an incident).</summary>
    /// <param name="failures">Failed attempts so far (1 after the first failure).</param>
    /// <param name="sinceFirstFailure">Time since the first failure of this run.</param>
    TimeSpan? NextDelay(int failures, TimeSpan sinceFirstFailure);
}

/// <summary>The runtime's own policy from <see cref="WorkflowRuntimeOptions"/>: doubling delays, capped, within a window.</summary>
internal sealed class OutboxRetryPolicy(WorkflowRuntimeOptions options) : IOutboxRetryPolicy
{
    public TimeSpan? NextDelay(int failures, TimeSpan sinceFirstFailure)
    {
        var remaining = options.OutboxRetryWindow - sinceFirstFailure;
        if (remaining <= TimeSpan.Zero)
        {
            return null;
        }

        var exponential = options.OutboxRetryInitialDelay.TotalMilliseconds * Math.Pow(2, Math.Clamp(failures - 1, 0, 62));
        var delay = exponential >= options.OutboxRetryMaxDelay.TotalMilliseconds ? options.OutboxRetryMaxDelay : TimeSpan.FromMilliseconds(exponential);
        return delay < remaining ? delay : remaining;
    }
}
