namespace Kim.Workflows.Domain.Services;

public enum ServiceKind
{
    /// <summary>A service the case manager links the client to (course, counselling, housing help).</summary>
    Leistung,
    /// <summary>Referral to a legal domain with its own case management (SGB II, III, VIII).</summary>
    Verweisberatung,
}
