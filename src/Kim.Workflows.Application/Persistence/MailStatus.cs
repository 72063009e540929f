namespace Kim.Workflows.Application.Persistence;

public enum MailStatus
{
    Pending,

    /// <summary>Handed to the transport right now (set before the SMTP hand-off); left behind by a crash, it is sent again at start-up.</summary>
    Sending,
    Sent,
    /// <summary>Given up (24 h of transient failures, or a permanent one); the job has an incident.</summary>
    Failed,
}
