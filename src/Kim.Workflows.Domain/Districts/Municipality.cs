namespace Kim.Workflows.Domain.Districts;

/// <summary>A town or municipality (Stadt/Gemeinde) of the Kreis; it decides the district of a case.</summary>
public sealed class Municipality
{
    public required string Id { get; init; }

    public required string Name { get; set; }

    public required string DistrictId { get; set; }
}
