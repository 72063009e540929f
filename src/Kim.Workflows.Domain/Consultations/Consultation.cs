namespace Kim.Workflows.Domain.Consultations;

/// <summary>
/// A residence or naturalisation question of a case manager to the ABH or EBH. Staff of the
/// authority see only consultations addressed to them, never the rest of the case file.
/// </summary>
public sealed class Consultation
{
    public Guid Id { get; init; } = Guid.NewGuid();

    public Guid CaseId { get; set; }

    public Authority Authority { get; set; }

    public ConsultationTopic Topic { get; set; }

    public required string Question { get; set; }

    public ConsultationStatus Status { get; set; } = ConsultationStatus.Entwurf;

    public ConsultationOutcome? Outcome { get; set; }

    public string? AnswerText { get; set; }

    public required string AskedBy { get; set; }

    /// <summary>A named staff member of the authority; null means the authority's group inbox.</summary>
    public string? AddressedTo { get; set; }

    public DateTimeOffset? AskedAt { get; set; }

    public DateTimeOffset? AnsweredAt { get; set; }

    /// <summary>The answer is due 14 days after asking unless agreed otherwise.</summary>
    public DateOnly? DueOn { get; set; }

    public List<ChecklistAnswer> ChecklistAnswers { get; init; } = [];

    public int Version { get; set; }
}
