namespace Kim.Workflows.Domain.Seeding;

/// <summary>Records that a seed step ran, so a second start adds nothing (idempotent seeding).</summary>
public sealed class SeedMarker
{
    public required string Name { get; init; }

    public DateTimeOffset AppliedAt { get; init; }
}
