namespace Kim.Workflows.Domain.Access;

public sealed class CaseAccessOptions
{
    /// <summary>
    /// False (default): a case manager sees only cases where they are responsible or deputy.
    /// True: every case of their district (small teams that stand in for each other informally).
    /// </summary>
    public bool CaseManagersSeeWholeDistrict { get; set; }
}
