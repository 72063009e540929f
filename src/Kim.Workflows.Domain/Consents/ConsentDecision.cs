namespace Kim.Workflows.Domain.Consents;

/// <summary>
/// The answer of <see cref="ConsentChecker"/>. When sharing is not allowed, <see cref="Reason"/>
/// says why in German, so the case manager sees it beside the partner who was not invited.
/// </summary>
public sealed record ConsentDecision(bool Allowed, string? Reason, Guid? ConsentId)
{
    public static ConsentDecision Allow(Guid consentId) => new(true, null, consentId);

    public static ConsentDecision Deny(string reason) => new(false, reason, null);
}
