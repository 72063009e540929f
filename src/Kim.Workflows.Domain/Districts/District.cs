namespace Kim.Workflows.Domain.Districts;

/// <summary>
/// One of the four case-management districts (Bezirke) of the Kreis. The id is a lower-case
/// ASCII slug because it becomes part of candidate groups (<c>cm-suedkreis</c>) that BPMN
/// expressions build as <c>cm-${district}</c>.
/// </summary>
public sealed class District
{
    public required string Id { get; init; }

    public required string Name { get; set; }

    /// <summary>Funded case-management posts (Baustein 2), used for caseload per post.</summary>
    public decimal CaseManagementPosts { get; set; }

    /// <summary>Coordination posts (Baustein 1) assigned to the district.</summary>
    public decimal CoordinationPosts { get; set; }

    public List<Municipality> Municipalities { get; init; } = [];

    public string CaseManagementGroup => KimGroups.CaseManagement(Id);

    public string CoordinationGroup => KimGroups.Coordination(Id);
}
