namespace Kim.Workflows.Domain.Controlling;

/// <summary>The tables for one scope (a district, or the Kreis when <see cref="DistrictId"/> is null) and period.</summary>
public sealed record ControllingReport(
    ControllingPeriod Period,
    string? DistrictId,
    string ScopeName,
    IReadOnlyList<ControllingTable> Tables,
    DateTimeOffset CreatedAt)
{
    public ControllingTable? Table(string key) => Tables.FirstOrDefault(t => t.Key == key);
}
