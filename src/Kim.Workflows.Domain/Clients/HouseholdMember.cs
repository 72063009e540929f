namespace Kim.Workflows.Domain.Clients;

/// <summary>A member of the client's household (partner, child, relative); removed by anonymisation.</summary>
public sealed class HouseholdMember
{
    public Guid Id { get; init; } = Guid.NewGuid();

    public Guid CaseId { get; set; }

    public required string GivenName { get; set; }

    public string? FamilyName { get; set; }

    public DateOnly? BirthDate { get; set; }

    public HouseholdRelationship Relationship { get; set; }

    /// <summary>Optimistic concurrency: two screens editing the same member must not overwrite each other.</summary>
    public int Version { get; set; }
}
