namespace Kim.Workflows.Domain.Partners;

/// <summary>
/// A network partner. Partners answer invitations through signed links, without an account, so the
/// directory holds the addresses the workflows write to.
/// </summary>
public sealed class PartnerOrganisation
{
    public Guid Id { get; init; } = Guid.NewGuid();

    public required string Name { get; set; }

    public PartnerKind Kind { get; set; }

    /// <summary>Null when the partner works for the whole Kreis.</summary>
    public string? DistrictId { get; set; }

    public string? Email { get; set; }

    public string? Phone { get; set; }

    public string? Address { get; set; }

    public bool IsActive { get; set; } = true;

    public List<ContactPerson> ContactPersons { get; init; } = [];
}
