using Hangfire;
using Kim.Workflows.Engine.Execution;
using Kim.Workflows.Runtime.Jobs;
using Kim.Workflows.Runtime.Outbox;
using Kim.Workflows.Runtime.Persistence;
using Kim.Workflows.Runtime.Timers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Kim.Workflows.Runtime;

/// <summary>
/// Start-up, before the Hangfire server runs: migrate, deploy <c>workflows/</c>, register the sweep,
/// re-schedule pending timers and waiting jobs (in-memory Hangfire lost them), apply left-over outbox rows.
/// </summary>
internal sealed class RuntimeStartup(
    WorkflowRuntimeOptions options, DatabaseMigrator migrator, WorkflowRuntime runtime, TimerMaintenance timers,
    OutboxDispatcher outbox, WorkflowDbContextFactory contexts, IRecurringJobManager recurring, IBackgroundJobClient jobs,
    ILogger<RuntimeStartup> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (options.MigrateOnStartup)
        {
            await migrator.MigrateAsync(cancellationToken).ConfigureAwait(false);
        }

        if (options.WorkflowsDirectory is { } folder && Directory.Exists(folder))
        {
            foreach (var (file, result) in await runtime.DeployDirectoryAsync(folder, "system", cancellationToken).ConfigureAwait(false))
            {
                if (!result.Success)
                {
                    logger.LogError("Workflow {File} was not deployed: {Problems}", file, string.Join("; ", result.Problems.Select(p => $"{p.ElementId}: {p.Message}")));
                }
            }
        }

        recurring.AddOrUpdate<RuntimeSweepJob>(RuntimeSweepJob.RecurringJobId, j => j.SweepAsync(CancellationToken.None), options.SweepCron);
        if (options.ShouldRescheduleOnStartup)
        {
            await timers.RescheduleAllAsync(cancellationToken).ConfigureAwait(false);
            await RequeueWaitingJobsAsync(cancellationToken).ConfigureAwait(false);
        }

        await outbox.DispatchPendingAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Jobs whose handler had not reported back when the process stopped run again (handlers are idempotent).</summary>
    private async Task RequeueWaitingJobsAsync(CancellationToken cancellationToken)
    {
        await using var db = contexts.Create();
        var waiting = await db.Subscriptions.AsNoTracking()
            .Where(s => s.Kind == SubscriptionKind.Job && !db.Incidents.Any(i => i.SubscriptionId == s.Id && i.ResolvedAt == null))
            .Select(s => s.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
        foreach (var jobId in waiting)
        {
            jobs.Enqueue<ServiceTaskJob>(j => j.RunAsync(jobId, 1, CancellationToken.None));
        }
    }
}
