namespace Kim.Workflows.Application.Persistence;

/// <summary>
/// One mail a handler sends, keyed by job and position. The rendered mail is stored before the first
/// attempt, so every retry (also after a crash) sends the same content under the same Message-Id.
/// </summary>
public sealed class MailRecord
{
    /// <summary><c>{jobId:N}:{key}</c>: stable for a job's n-th mail (e.g. one per invited partner).</summary>
    public required string Id { get; init; }

    public Guid JobId { get; init; }

    public Guid InstanceId { get; init; }

    public string? CaseNumber { get; init; }

    public required string Template { get; init; }

    public required string Recipients { get; init; }

    public required string Subject { get; init; }

    public required string MessageId { get; init; }

    public required string PayloadJson { get; init; }

    public MailStatus Status { get; set; }

    public int Attempts { get; set; }

    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>Start of the current retry window (reset when an incident is retried).</summary>
    public DateTimeOffset FirstAttemptAt { get; set; }

    public DateTimeOffset? LastAttemptAt { get; set; }

    public DateTimeOffset? SentAt { get; set; }

    public string? LastError { get; set; }

    /// <summary>When the next attempt after a transient failure is due (shown in the case timeline); null when none is planned.</summary>
    public DateTimeOffset? NextAttemptAt { get; set; }
}
