using System.Buffers.Text;
using System.Security.Cryptography;

namespace Kim.Workflows.Notifications.Links;

/// <summary>
/// What an answer link stands for. <see cref="TokenId"/> is random per link so the caller can
/// record used links and refuse a replay; the signer itself keeps no state.
/// </summary>
/// <param name="ExpiresAt">Kept with second precision in the token.</param>
public sealed record AnswerLinkPayload(
    string ConferenceId,
    string PartnerId,
    PartnerAnswer Answer,
    DateTimeOffset ExpiresAt,
    string TokenId)
{
    /// <summary>A payload with a fresh random token id (128 bits).</summary>
    public static AnswerLinkPayload Create(string conferenceId, string partnerId, PartnerAnswer answer, DateTimeOffset expiresAt) =>
        new(conferenceId, partnerId, answer, expiresAt, Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(16)));
}
