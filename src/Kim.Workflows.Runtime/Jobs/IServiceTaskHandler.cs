namespace Kim.Workflows.Runtime.Jobs;

/// <summary>
/// Code behind a service or send task, bound by name (<c>camunda:delegateExpression="${consentCheck}"</c>
/// or a connector id such as <c>mail-send</c>). Runs after the commit that created the job, outside any
/// transaction; may run more than once for one job (at least once), so it must be idempotent on
/// <see cref="ServiceTaskRequest.JobId"/>. Throwing is a technical failure: retried, then an incident.
/// </summary>
public interface IServiceTaskHandler
{
    string Name { get; }

    Task<ServiceTaskResult> ExecuteAsync(ServiceTaskRequest request, CancellationToken cancellationToken);
}
