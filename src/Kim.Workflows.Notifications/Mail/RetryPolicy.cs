namespace Kim.Workflows.Notifications.Mail;

/// <summary>
/// Exponential back-off for transient delivery failures: 30 s, then every minute (capped at the
/// maximum delay), for at most the retry window (24 h by default) after the first attempt.
/// An SMTP server that is down for maintenance overnight still gets the mail in the morning, and
/// within a minute of its return, while a failure that lasts a day becomes an incident someone
/// looks at. The runtime's outbox uses the same policy for every row (task notices included).
/// </summary>
public sealed class RetryPolicy
{
    public RetryPolicy(TimeSpan initialDelay, TimeSpan maxDelay, TimeSpan window)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(initialDelay, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxDelay, initialDelay);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(window, TimeSpan.Zero);
        InitialDelay = initialDelay;
        MaxDelay = maxDelay;
        Window = window;
    }

    /// <summary>30 s doubling up to 60 s, for 24 h.</summary>
    public static RetryPolicy Default { get; } = new(TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(60), TimeSpan.FromHours(24));

    public TimeSpan InitialDelay { get; }

    public TimeSpan MaxDelay { get; }

    public TimeSpan Window { get; }

    /// <summary>How long to wait before the next attempt, or <c>null</c> to give up.</summary>
    /// <param name="attempt">Number of attempts that have failed so far (1 after the first failure).</param>
    /// <param name="elapsedSinceFirstAttempt">Time since the first attempt started.</param>
    /// <remarks>
    /// The last delay is shortened so that the final attempt happens at the end of the window rather
    /// than being skipped or falling after it.
    /// </remarks>
    public TimeSpan? NextDelay(int attempt, TimeSpan elapsedSinceFirstAttempt)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(attempt, 1);
        var remaining = Window - elapsedSinceFirstAttempt;
        if (remaining <= TimeSpan.Zero)
        {
            return null;
        }

        // Compare in double to stay clear of overflow for large attempt numbers.
        var exponential = InitialDelay.TotalMilliseconds * Math.Pow(2, Math.Min(attempt - 1, 62));
        var delay = exponential >= MaxDelay.TotalMilliseconds ? MaxDelay : TimeSpan.FromMilliseconds(exponential);
        return delay < remaining ? delay : remaining;
    }
}
