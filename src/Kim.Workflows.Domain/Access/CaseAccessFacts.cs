using Kim.Workflows.Domain.Cases;

namespace Kim.Workflows.Domain.Access;

/// <summary>The few facts of a case the access rules need, so a list can be checked without loading files.</summary>
public sealed record CaseAccessFacts(Guid CaseId, string DistrictId, string? ResponsibleCaseManager, string? DeputyCaseManager)
{
    public static CaseAccessFacts Of(Fallakte file) =>
        new(file.Id, file.DistrictId, file.ResponsibleCaseManager, file.DeputyCaseManager);
}
