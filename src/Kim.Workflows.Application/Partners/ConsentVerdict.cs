using Kim.Workflows.Domain.Partners;

namespace Kim.Workflows.Application.Partners;

/// <summary>Whether case data may go to one named partner now, and if not, why (German, for the case manager).</summary>
public sealed record ConsentVerdict(string PartnerId, PartnerOrganisation? Partner, bool Allowed, string? Reason)
{
    public string Name => Partner?.Name ?? PartnerId;
}
