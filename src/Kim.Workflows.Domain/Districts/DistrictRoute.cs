namespace Kim.Workflows.Domain.Districts;

/// <summary>Where a new case goes: its municipality, district and the group whose inbox gets the task.</summary>
public sealed record DistrictRoute(
    string MunicipalityId,
    string MunicipalityName,
    string DistrictId,
    string DistrictName,
    string CaseManagementGroup,
    string CoordinationGroup);
