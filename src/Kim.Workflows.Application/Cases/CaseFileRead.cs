using Kim.Workflows.Domain.Cases;
using Kim.Workflows.Domain.Conferences;
using Kim.Workflows.Domain.Consultations;
using Kim.Workflows.Domain.Partners;

namespace Kim.Workflows.Application.Cases;

public enum CaseFileReadStatus
{
    Found,
    NotFound,
    Denied,
}

/// <summary>A case file as the case-file page shows it, or why it is not shown.</summary>
public sealed record CaseFileRead(
    CaseFileReadStatus Status, string? Reason, Fallakte? File, IReadOnlyList<Fallkonferenz> Conferences, IReadOnlyList<Consultation> Consultations,
    IReadOnlyDictionary<Guid, PartnerOrganisation> Partners, string? MunicipalityName, string? DistrictName)
{
    public static CaseFileRead Missing { get; } = new(CaseFileReadStatus.NotFound, "Diese Fallakte gibt es nicht.", null, [], [], new Dictionary<Guid, PartnerOrganisation>(), null, null);

    public static CaseFileRead Refused(string reason) => new(CaseFileReadStatus.Denied, reason, null, [], [], new Dictionary<Guid, PartnerOrganisation>(), null, null);
}
