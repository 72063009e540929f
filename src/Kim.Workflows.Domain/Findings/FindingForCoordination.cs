namespace Kim.Workflows.Domain.Findings;

/// <summary>What coordination sees of a finding: no case link, no reporter, only the barrier itself.</summary>
public sealed record FindingForCoordination(
    Guid Id,
    FindingCategory Category,
    string DistrictId,
    string? MunicipalityId,
    string Description,
    DateOnly ReportedOn,
    FindingStatus Status,
    Guid? TopicId)
{
    public static FindingForCoordination From(StructuralFinding finding) => new(
        finding.Id, finding.Category, finding.DistrictId, finding.MunicipalityId, finding.Description,
        Time.KimCalendar.DateOf(finding.ReportedAt), finding.Status, finding.TopicId);
}
