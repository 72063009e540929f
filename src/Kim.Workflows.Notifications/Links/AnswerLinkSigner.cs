using System.Buffers;
using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Options;

namespace Kim.Workflows.Notifications.Links;

/// <summary>
/// Signs and checks the accept/decline links in Fallkonferenz invitations. Partners have no account,
/// so the link itself is the authorisation: it names conference, partner and answer, expires, and is
/// signed with HMAC-SHA256 so that none of these can be changed.
/// </summary>
/// <remarks>
/// Token: <c>base64url(json payload) "." base64url(hmac)</c>. The MAC covers a version prefix as
/// well, so a key that is (wrongly) reused elsewhere cannot produce valid answer links. Replay
/// detection is the caller's job: it stores <see cref="AnswerLinkPayload.TokenId"/> once used.
/// </remarks>
public sealed class AnswerLinkSigner
{
    private const string MacPrefix = "kim-answer-link/v1.";
    private const int MacBytes = 32;
    private static readonly int MacChars = Base64Url.GetEncodedLength(MacBytes);
    private static readonly SearchValues<char> Base64UrlAlphabet =
        SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_");
    private const int MaxTokenLength = 2048;

    private readonly byte[] signingKey;
    private readonly byte[][] verificationKeys;

    public AnswerLinkSigner(IOptions<AnswerLinkOptions> options)
    {
        var value = options.Value;
        signingKey = DecodeKey(value.SigningKey, nameof(AnswerLinkOptions.SigningKey));
        verificationKeys = [signingKey, .. value.PreviousSigningKeys.Select((key, i) => DecodeKey(key, $"{nameof(AnswerLinkOptions.PreviousSigningKeys)}[{i}]"))];
    }

    /// <summary>A URL-safe token (no padding, only <c>A-Z a-z 0-9 - _ .</c>).</summary>
    public string CreateToken(AnswerLinkPayload payload)
    {
        ArgumentNullException.ThrowIfNull(payload);
        var json = JsonSerializer.SerializeToUtf8Bytes(TokenBody.From(payload));
        var body = Base64Url.EncodeToString(json);
        return $"{body}.{Base64Url.EncodeToString(Mac(signingKey, body))}";
    }

    /// <summary>Checks a token from a link. Never throws for bad input.</summary>
    public LinkVerification Verify(string? token, DateTimeOffset now)
    {
        if (string.IsNullOrEmpty(token) || token.Length > MaxTokenLength)
        {
            return LinkVerification.Malformed;
        }

        var dot = token.IndexOf('.');
        if (dot <= 0 || dot != token.LastIndexOf('.'))
        {
            return LinkVerification.Malformed;
        }

        var body = token[..dot];
        var macText = token[(dot + 1)..];
        // Shape first: anything that is not two base64url parts with a MAC of the right length was
        // never one of our tokens (a truncated copy, a mangled link).
        if (body.AsSpan().ContainsAnyExcept(Base64UrlAlphabet) || macText.AsSpan().ContainsAnyExcept(Base64UrlAlphabet)
            || macText.Length != MacChars)
        {
            return LinkVerification.Malformed;
        }

        // A token of the right shape that does not decode canonically has been changed: the last
        // character of a part carries unused bits that a lenient decoder would ignore.
        if (!TryDecodeCanonical(body, out var json) || !TryDecodeCanonical(macText, out var mac))
        {
            return LinkVerification.Tampered;
        }

        var matches = false;
        foreach (var key in verificationKeys)
        {
            // Constant time, and every key is tried, so timing tells nothing about the MAC.
            matches |= CryptographicOperations.FixedTimeEquals(Mac(key, body), mac);
        }

        if (!matches)
        {
            return LinkVerification.Tampered;
        }

        var payload = TokenBody.Read(json);
        if (payload is null)
        {
            return LinkVerification.Malformed;
        }

        return now >= payload.ExpiresAt ? LinkVerification.Expired(payload) : LinkVerification.Valid(payload);
    }

    private static byte[] Mac(byte[] key, string body) =>
        HMACSHA256.HashData(key, Encoding.ASCII.GetBytes(MacPrefix + body));

    private static bool TryDecodeCanonical(string text, out byte[] bytes)
    {
        bytes = [];
        if (!Base64Url.IsValid(text))
        {
            return false;
        }

        bytes = Base64Url.DecodeFromChars(text);
        return Base64Url.EncodeToString(bytes) == text;
    }

    private static byte[] DecodeKey(string? base64, string name)
    {
        byte[] key;
        try
        {
            key = Convert.FromBase64String(base64 ?? string.Empty);
        }
        catch (FormatException)
        {
            throw new InvalidOperationException($"AnswerLinkOptions.{name} is not valid base64.");
        }

        return key.Length >= AnswerLinkOptions.MinimumKeyBytes
            ? key
            : throw new InvalidOperationException(
                $"AnswerLinkOptions.{name} must hold at least {AnswerLinkOptions.MinimumKeyBytes} random bytes (base64), but has {key.Length}. Create one with 'openssl rand -base64 32'.");
    }

    /// <summary>The signed JSON with short names, which keeps links short enough for every mail client.</summary>
    private sealed record TokenBody(
        [property: JsonPropertyName("c")] string ConferenceId,
        [property: JsonPropertyName("p")] string PartnerId,
        [property: JsonPropertyName("a")] string Answer,
        [property: JsonPropertyName("e")] long ExpiresAt,
        [property: JsonPropertyName("n")] string TokenId)
    {
        public static TokenBody From(AnswerLinkPayload payload) => new(
            payload.ConferenceId,
            payload.PartnerId,
            payload.Answer == PartnerAnswer.Accept ? "accept" : "decline",
            payload.ExpiresAt.ToUnixTimeSeconds(),
            payload.TokenId);

        public static AnswerLinkPayload? Read(byte[] json)
        {
            try
            {
                var body = JsonSerializer.Deserialize<TokenBody>(json);
                if (body is null || body.ConferenceId is null || body.PartnerId is null || body.TokenId is null)
                {
                    return null;
                }

                PartnerAnswer? answer = body.Answer switch { "accept" => PartnerAnswer.Accept, "decline" => PartnerAnswer.Decline, _ => null };
                return answer is null
                    ? null
                    : new AnswerLinkPayload(body.ConferenceId, body.PartnerId, answer.Value, DateTimeOffset.FromUnixTimeSeconds(body.ExpiresAt), body.TokenId);
            }
            catch (JsonException)
            {
                return null;
            }
        }
    }
}
