namespace Kim.Workflows.Domain.Findings;

/// <summary>
/// A topic under which the coordination bundles findings in a regional project group, and which
/// may be put on the agenda of the Lenkungsgruppe.
/// </summary>
public sealed class FindingTopic
{
    public Guid Id { get; init; } = Guid.NewGuid();

    /// <summary>The regional project group (one per district); null for Kreis-wide topics.</summary>
    public string? DistrictId { get; set; }

    public required string Title { get; set; }

    public string? Description { get; set; }

    public required string CreatedBy { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>Set when the topic is an agenda item of a Lenkungsgruppe meeting.</summary>
    public DateOnly? LenkungsgruppeMeetingOn { get; set; }

    public string? LenkungsgruppeDecision { get; set; }
}
