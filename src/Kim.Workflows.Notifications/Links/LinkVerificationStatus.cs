namespace Kim.Workflows.Notifications.Links;

/// <summary>Outcome of checking an answer link.</summary>
public enum LinkVerificationStatus
{
    /// <summary>Signed by us and not expired.</summary>
    Valid,

    /// <summary>Well-formed, but the signature does not match: someone changed it.</summary>
    Tampered,

    /// <summary>Signed by us, but past its expiry.</summary>
    Expired,

    /// <summary>Not a token at all (truncated, wrong characters, wrong shape).</summary>
    Malformed,
}
