namespace Kim.Workflows.Domain.Assessment;

/// <summary>Needs and resources in one life area; resources matter as much as needs (DGCC).</summary>
public sealed class LebensbereichAssessment
{
    public Guid Id { get; init; } = Guid.NewGuid();

    public Guid AssessmentId { get; set; }

    public Lebensbereich Lebensbereich { get; init; }

    public NeedLevel NeedLevel { get; set; }

    public string? Needs { get; set; }

    public string? Resources { get; set; }
}
