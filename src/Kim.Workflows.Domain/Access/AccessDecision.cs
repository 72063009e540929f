namespace Kim.Workflows.Domain.Access;

/// <summary>Allowed or not, with a German reason for the refusal page and the log.</summary>
public sealed record AccessDecision(bool Allowed, string? Reason)
{
    public static readonly AccessDecision Granted = new(true, null);

    public static AccessDecision Denied(string reason) => new(false, reason);
}
