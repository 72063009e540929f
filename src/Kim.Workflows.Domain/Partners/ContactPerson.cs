namespace Kim.Workflows.Domain.Partners;

/// <summary>A named person at a partner organisation who receives invitations and protocols.</summary>
public sealed class ContactPerson
{
    public Guid Id { get; init; } = Guid.NewGuid();

    public Guid OrganisationId { get; set; }

    public required string Name { get; set; }

    public required string Email { get; set; }

    public string? Role { get; set; }

    public string? Phone { get; set; }
}
