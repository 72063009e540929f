namespace Kim.Workflows.Domain.Assessment;

/// <summary>How urgent the need in a life area is; a coarse scale, so it can be compared over re-assessments.</summary>
public enum NeedLevel
{
    KeinBedarf,
    GeringerBedarf,
    Bedarf,
    DringenderBedarf,
}
