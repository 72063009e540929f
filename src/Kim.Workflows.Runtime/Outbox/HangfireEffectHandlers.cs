using Hangfire;
using Kim.Workflows.Engine.Execution.Effects;
using Kim.Workflows.Runtime.Jobs;
using Kim.Workflows.Runtime.Timers;

namespace Kim.Workflows.Runtime.Outbox;

/// <summary>timer-scheduled → a Hangfire job at the due instant (within the scheduling horizon).</summary>
internal sealed class TimerScheduledHandler(TimerScheduler scheduler, TimerHorizon horizon) : IOutboxEffectHandler
{
    public string Kind => OutboxKinds.TimerScheduled;

    public Task ApplyAsync(string idempotencyKey, EngineEffect effect, CancellationToken cancellationToken)
    {
        var timer = (TimerScheduled)effect;
        if (horizon.Covers(timer.DueAt))
        {
            scheduler.Schedule(timer.TimerId, timer.DueAt);
        }

        // else: beyond this node's horizon; the sweep schedules it when it comes into range
        return Task.CompletedTask;
    }
}

/// <summary>job-created → the handler runs on a Hangfire worker.</summary>
internal sealed class JobCreatedHandler(IBackgroundJobClient jobs) : IOutboxEffectHandler
{
    public string Kind => OutboxKinds.JobCreated;

    public Task ApplyAsync(string idempotencyKey, EngineEffect effect, CancellationToken cancellationToken)
    {
        var job = (JobCreated)effect;
        jobs.Enqueue<ServiceTaskJob>(j => j.RunAsync(job.JobId, 1, CancellationToken.None));
        return Task.CompletedTask;
    }
}
