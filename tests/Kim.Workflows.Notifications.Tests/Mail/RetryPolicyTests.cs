using Kim.Workflows.Notifications.Mail;

namespace Kim.Workflows.Notifications.Tests.Mail;

public sealed class RetryPolicyTests
{
    [Fact]
    public void Delays_start_at_30_seconds_and_are_capped_at_one_minute()
    {
        var policy = RetryPolicy.Default;

        var delays = Enumerable.Range(1, 10).Select(attempt => policy.NextDelay(attempt, TimeSpan.Zero)).ToArray();

        // Capped at a minute: when the server is back, every waiting mail goes out within a minute (issue #16).
        Assert.Equal([TimeSpan.FromSeconds(30), .. Enumerable.Repeat<TimeSpan?>(TimeSpan.FromMinutes(1), 9)], delays);
        Assert.Equal(TimeSpan.FromSeconds(60), new MailOptions().RetryMaxDelay);
    }

    [Fact]
    public void Simulated_outage_retries_for_24_hours_then_gives_up()
    {
        var policy = RetryPolicy.Default;
        var elapsed = TimeSpan.Zero;
        var attempt = 1;

        while (policy.NextDelay(attempt, elapsed) is { } delay)
        {
            elapsed += delay;
            attempt++;
        }

        Assert.Equal(TimeSpan.FromHours(24), elapsed);
        Assert.InRange(attempt, 24 * 60, (24 * 60) + 2);
    }

    [Fact]
    public void Last_delay_is_shortened_to_the_window_and_huge_attempts_do_not_overflow()
    {
        var policy = new RetryPolicy(TimeSpan.FromSeconds(30), TimeSpan.FromHours(1), TimeSpan.FromHours(24));

        Assert.Equal(TimeSpan.FromMinutes(10), policy.NextDelay(20, TimeSpan.FromHours(24) - TimeSpan.FromMinutes(10)));
        Assert.Null(policy.NextDelay(20, TimeSpan.FromHours(24)));
        Assert.Equal(TimeSpan.FromHours(1), policy.NextDelay(int.MaxValue, TimeSpan.Zero));
    }

    [Fact]
    public void Rejects_nonsense()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => RetryPolicy.Default.NextDelay(0, TimeSpan.Zero));
        Assert.Throws<ArgumentOutOfRangeException>(() => new RetryPolicy(TimeSpan.FromMinutes(2), TimeSpan.FromMinutes(1), TimeSpan.FromHours(1)));
    }
}
