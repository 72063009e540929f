namespace Kim.Workflows.Domain.Privacy;

/// <summary>
/// A request of the person under Art. 15–21 DSGVO (information, correction, deletion, …), recorded
/// so the Kreis can show it answered within a month (Art. 12 Abs. 3). The record outlives the case
/// file's anonymisation as proof; its free text is cleared then.
/// </summary>
public sealed class DataSubjectRequest
{
    public Guid Id { get; init; } = Guid.NewGuid();

    public Guid CaseId { get; set; }

    public required string CaseNumber { get; set; }

    public DataSubjectRequestKind Kind { get; set; }

    public DateOnly ReceivedOn { get; set; }

    /// <summary>What the person asks for (e.g. "Geburtsdatum ist falsch"); may be personal, cleared by anonymisation.</summary>
    public string? Description { get; set; }

    public DataSubjectRequestStatus Status { get; set; } = DataSubjectRequestStatus.Offen;

    public string? Resolution { get; set; }

    public required string RecordedBy { get; set; }

    public DateTimeOffset RecordedAt { get; set; }

    public string? ResolvedBy { get; set; }

    public DateTimeOffset? ResolvedAt { get; set; }

    /// <summary>Art. 12 Abs. 3 DSGVO: answer within one month of receipt.</summary>
    public DateOnly AnswerDueOn => ReceivedOn.AddMonths(1);
}
