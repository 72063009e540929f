namespace Kim.Workflows.Domain.Seeding;

/// <summary>What one seeding run added; all zero on a second run.</summary>
public sealed record DemoSeedResult(int DistrictsAdded, int PartnersAdded, int CasesAdded)
{
    public bool AddedAnything => DistrictsAdded + PartnersAdded + CasesAdded > 0;
}
