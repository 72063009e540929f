namespace Kim.Workflows.Application.Persistence;

public enum MailStatus
{
    Pending,
    Sent,
    /// <summary>Given up (24 h of transient failures, or a permanent one); the job has an incident.</summary>
    Failed,
}
