using Kim.Workflows.Notifications.Mail;
using Kim.Workflows.Runtime.Outbox;

namespace Kim.Workflows.Application.Mail;

/// <summary>
/// The mail <see cref="RetryPolicy"/> as the runtime outbox's policy: a task notice (an outbox row) and a workflow mail
/// (a service-task job) wait, give up and become incidents by the same rules.
/// </summary>
internal sealed class MailRetryOutboxPolicy(RetryPolicy policy) : IOutboxRetryPolicy
{
    public TimeSpan? NextDelay(int failures, TimeSpan sinceFirstFailure) => policy.NextDelay(Math.Max(1, failures), sinceFirstFailure);
}
