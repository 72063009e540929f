namespace Kim.Workflows.Domain.Assessment;

/// <summary>An assessment or re-assessment of the whole situation, one entry per life area.</summary>
public sealed class CaseAssessment
{
    public Guid Id { get; init; } = Guid.NewGuid();

    public Guid CaseId { get; set; }

    public DateOnly AssessedOn { get; set; }

    public bool IsReassessment { get; set; }

    public required string AssessedBy { get; set; }

    public List<LebensbereichAssessment> Areas { get; init; } = [];
}
