using System.Diagnostics.CodeAnalysis;

namespace Kim.Workflows.Notifications.Links;

/// <summary>
/// Result of <see cref="AnswerLinkSigner.Verify"/>. <see cref="Payload"/> is set only for a valid or an
/// expired link (the signature was ours, so its content can be shown, e.g. "this link expired after
/// the conference"); never for a tampered or malformed one.
/// </summary>
public sealed record LinkVerification
{
    private LinkVerification(LinkVerificationStatus status, AnswerLinkPayload? payload)
    {
        Status = status;
        Payload = payload;
    }

    public LinkVerificationStatus Status { get; }

    public AnswerLinkPayload? Payload { get; }

    [MemberNotNullWhen(true, nameof(Payload))]
    public bool IsValid => Status == LinkVerificationStatus.Valid;

    public static LinkVerification Valid(AnswerLinkPayload payload) => new(LinkVerificationStatus.Valid, payload);

    public static LinkVerification Expired(AnswerLinkPayload payload) => new(LinkVerificationStatus.Expired, payload);

    public static LinkVerification Tampered { get; } = new(LinkVerificationStatus.Tampered, null);

    public static LinkVerification Malformed { get; } = new(LinkVerificationStatus.Malformed, null);
}
