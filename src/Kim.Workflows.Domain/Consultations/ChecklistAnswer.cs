namespace Kim.Workflows.Domain.Consultations;

/// <summary>
/// The client's yes/no answer to one pre-check criterion. Only the answer is stored, never a document:
/// criminal matters (Art. 10 DSGVO) and identity papers stay with the authority.
/// </summary>
public sealed class ChecklistAnswer
{
    public Guid Id { get; init; } = Guid.NewGuid();

    public Guid ConsultationId { get; set; }

    public required string CriterionKey { get; init; }

    public required string Question { get; init; }

    /// <summary>Null: not yet known.</summary>
    public bool? Answer { get; set; }
}
