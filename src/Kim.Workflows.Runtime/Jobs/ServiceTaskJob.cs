using Hangfire;
using Kim.Workflows.Engine.Execution.Effects;
using Kim.Workflows.Runtime.Outbox;
using Kim.Workflows.Runtime.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Kim.Workflows.Runtime.Jobs;

/// <summary>
/// Runs the handler of a service task job and reports back to the engine. Technical failures are retried
/// with exponential back-off by scheduling the next attempt; after the last one the job becomes an incident.
/// Hangfire's own retries are off: the attempts are counted here, where the incident is raised.
/// </summary>
public sealed class ServiceTaskJob(
    WorkflowRuntime runtime, ServiceTaskHandlerRegistry handlers, WorkflowDbContextFactory contexts,
    IBackgroundJobClient jobs, WorkflowRuntimeOptions options, TimeProvider time, ILogger<ServiceTaskJob> logger)
{
    [AutomaticRetry(Attempts = 0)]
    public async Task RunAsync(Guid jobId, int attempt, CancellationToken cancellationToken)
    {
        var created = await FindJobAsync(jobId, cancellationToken).ConfigureAwait(false);
        if (created is null)
        {
            return; // completed, cancelled or waiting in an incident: nothing to run
        }

        var handler = handlers.Find(created.HandlerName);
        if (handler is null)
        {
            await runtime.FailJobAsync(jobId, $"Kein Handler namens '{created.HandlerName}' ist registriert.", cancellationToken).ConfigureAwait(false);
            return;
        }

        ServiceTaskResult result;
        try
        {
            var request = new ServiceTaskRequest(jobId, created.InstanceId, created.ElementId, created.HandlerName, created.BusinessKey, created.Inputs, attempt);
            result = await handler.ExecuteAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            if (attempt < options.ServiceTaskAttempts)
            {
                var delay = options.ServiceTaskBackoff * Math.Pow(2, attempt - 1);
                logger.LogWarning(e, "Handler {Handler} of job {JobId} failed (attempt {Attempt}); next attempt in {Delay}", created.HandlerName, jobId, attempt, delay);
                jobs.Schedule<ServiceTaskJob>(j => j.RunAsync(jobId, attempt + 1, CancellationToken.None), delay);
                return;
            }

            logger.LogError(e, "Handler {Handler} of job {JobId} failed {Attempts} times; raising an incident", created.HandlerName, jobId, attempt);
            await runtime.FailJobAsync(jobId, $"{created.HandlerName}: {e.Message}", cancellationToken).ConfigureAwait(false);
            return;
        }

        if (result.IncidentMessage is { } refusal)
        {
            // The reason is the handler's own text and may name people or mail addresses: it goes to the incident, which
            // retention and erasure cover, not into the technical log.
            logger.LogWarning("Handler {Handler} of job {JobId} refused; the reason is in the job's incident", created.HandlerName, jobId);
            await runtime.FailJobAsync(jobId, refusal, cancellationToken).ConfigureAwait(false);
        }
        else if (result.RetryAt is { } retryAt)
        {
            // Transient and the handler's own policy decides when (e.g. mail back-off for 24 h): not counted as a failure.
            var delay = retryAt - time.GetUtcNow();
            // Not the handler's reason text: it may quote recipients (the mail record keeps the delivery error).
            logger.LogInformation("Handler {Handler} of job {JobId} asks to retry at {RetryAt}", created.HandlerName, jobId, retryAt);
            if (delay <= TimeSpan.Zero)
            {
                jobs.Enqueue<ServiceTaskJob>(j => j.RunAsync(jobId, attempt + 1, CancellationToken.None));
            }
            else
            {
                jobs.Schedule<ServiceTaskJob>(j => j.RunAsync(jobId, attempt + 1, CancellationToken.None), delay);
            }
        }
        else if (result.ErrorCode is { } code)
        {
            await runtime.ThrowBpmnErrorAsync(jobId, code, result.Variables, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            await runtime.CompleteJobAsync(jobId, result.Variables, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The newest creation of a job that still waits without an open incident, or null.</summary>
    private async Task<JobCreated?> FindJobAsync(Guid jobId, CancellationToken cancellationToken)
    {
        await using var db = contexts.Create();
        var waits = await db.Subscriptions.AnyAsync(s => s.Id == jobId, cancellationToken).ConfigureAwait(false)
            && !await db.Incidents.AnyAsync(i => i.SubscriptionId == jobId && i.ResolvedAt == null, cancellationToken).ConfigureAwait(false);
        if (!waits)
        {
            return null;
        }

        var prefix = $"{OutboxKinds.JobCreated}:{jobId:N}:";
        var payload = await db.Outbox.AsNoTracking().Where(o => o.Kind == OutboxKinds.JobCreated && o.Id.StartsWith(prefix))
            .OrderByDescending(o => o.CreatedAt).Select(o => o.PayloadJson).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        return payload is null ? null : OutboxPayload.Deserialize<JobCreated>(payload);
    }
}
