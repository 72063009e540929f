namespace Kim.Workflows.Domain.Assessment;

/// <summary>An assessment or re-assessment of the whole situation, one entry per life area.</summary>
public sealed class CaseAssessment
{
    public Guid Id { get; init; } = Guid.NewGuid();

    public Guid CaseId { get; set; }

    public DateOnly AssessedOn { get; set; }

    public bool IsReassessment { get; set; }

    public required string AssessedBy { get; set; }

    /// <summary>The priorities in a few sentences (Assessment) or what changed since the last one (Re-Assessment).</summary>
    public string? Summary { get; set; }

    public List<LebensbereichAssessment> Areas { get; init; } = [];

    /// <summary>The service-task job that recorded it from the workflow form (idempotency); null when entered on the page or through the API.</summary>
    public string? SourceKey { get; set; }
}
