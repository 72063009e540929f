namespace Kim.Workflows.Notifications.Links;

/// <summary>Keys for signing partner answer links.</summary>
public sealed class AnswerLinkOptions
{
    /// <summary>Minimum key length: HMAC-SHA256 gains nothing from more, and less is guessable.</summary>
    public const int MinimumKeyBytes = 32;

    /// <summary>Base64 of at least 32 random bytes (e.g. <c>openssl rand -base64 32</c>); signs new links.</summary>
    public string SigningKey { get; set; } = string.Empty;

    /// <summary>
    /// Former keys, still accepted when verifying, so that a key rotation does not break links
    /// already sent for upcoming conferences. Remove a key once its links have expired.
    /// </summary>
    public List<string> PreviousSigningKeys { get; set; } = [];
}
