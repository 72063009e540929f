namespace Kim.Workflows.Domain.Findings;

/// <summary>
/// A Systemrückmeldung: a structural barrier a case manager met (no language course place in a
/// town, a missing service). The description must carry no personal data; the link to the case
/// exists for the case manager only and is dropped in <see cref="FindingForCoordination"/>.
/// </summary>
public sealed class StructuralFinding
{
    public Guid Id { get; init; } = Guid.NewGuid();

    public FindingCategory Category { get; set; }

    public required string DistrictId { get; set; }

    public string? MunicipalityId { get; set; }

    public required string Description { get; set; }

    /// <summary>Hidden from coordination; cleared when the case is anonymised.</summary>
    public Guid? LinkedCaseId { get; set; }

    public required string ReportedBy { get; set; }

    public DateTimeOffset ReportedAt { get; set; }

    public FindingStatus Status { get; set; } = FindingStatus.Neu;

    public Guid? TopicId { get; set; }
}
