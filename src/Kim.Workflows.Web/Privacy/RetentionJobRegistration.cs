using Hangfire;
using Kim.Workflows.Domain.Time;

namespace Kim.Workflows.Web.Privacy;

/// <summary>Registers <see cref="RetentionJob"/> with this host's recurring job manager (per-host Hangfire, see the runtime).</summary>
internal sealed class RetentionJobRegistration(IRecurringJobManager recurring) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        recurring.AddOrUpdate<RetentionJob>(RetentionJob.RecurringJobId, j => j.RunAsync(CancellationToken.None), RetentionJob.Cron,
            new RecurringJobOptions { TimeZone = KimCalendar.Zone });
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
