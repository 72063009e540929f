namespace Kim.Workflows.Runtime.Persistence.Entities;

/// <summary>
/// An effect that leaves the process, written in the command's transaction and applied after commit.
/// The id is a stable idempotency key (<c>kind:subject:revision</c>), so a consumer can drop repeats.
/// </summary>
public sealed class OutboxRecord
{
    public string Id { get; set; } = "";

    public string Kind { get; set; } = "";

    public Guid InstanceId { get; set; }

    public string PayloadJson { get; set; } = "{}";

    public DateTimeOffset CreatedAt { get; set; }

    public int Attempts { get; set; }

    /// <summary>Not before this instant; also the lease of a dispatcher that took the row.</summary>
    public DateTimeOffset NextAttemptAt { get; set; }

    /// <summary>Set only when the effect was applied (delivered): a row is never marked done because it failed.</summary>
    public DateTimeOffset? DoneAt { get; set; }

    public string? LastError { get; set; }

    /// <summary>First failure of the current run of failures (the start of the retry window); null while none failed.</summary>
    public DateTimeOffset? FailingSince { get; set; }

    /// <summary>
    /// The retry window passed (or the handler said retrying cannot help): the row waits for a person
    /// (<see cref="Outbox.OutboxMonitor.RetryAsync"/>) instead of being retried or marked done.
    /// </summary>
    public DateTimeOffset? IncidentAt { get; set; }
}
