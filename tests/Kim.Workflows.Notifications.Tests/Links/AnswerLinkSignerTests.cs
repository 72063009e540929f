using System.Security.Cryptography;
using Kim.Workflows.Notifications.Links;
using Microsoft.Extensions.Options;

namespace Kim.Workflows.Notifications.Tests.Links;

public sealed class AnswerLinkSignerTests
{
    private static readonly DateTimeOffset Now = new(2026, 2, 20, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset AfterConference = new(2026, 3, 4, 0, 0, 0, TimeSpan.Zero);

    private static readonly string Key = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    private static AnswerLinkSigner Signer(string? key = null, params string[] previous) =>
        new(Options.Create(new AnswerLinkOptions { SigningKey = key ?? Key, PreviousSigningKeys = [.. previous] }));

    private static AnswerLinkPayload Payload(PartnerAnswer answer = PartnerAnswer.Accept) =>
        AnswerLinkPayload.Create("fk-0042", "partner-jobcenter-ahlen", answer, AfterConference);

    [Fact]
    public void Valid_token_round_trips_its_payload()
    {
        var payload = Payload(PartnerAnswer.Decline);

        var token = Signer().CreateToken(payload);
        var result = Signer().Verify(token, Now);

        Assert.True(result.IsValid);
        Assert.Equal(payload, result.Payload);
        Assert.Matches("^[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+$", token);
        Assert.Equal(Uri.EscapeDataString(token), token);
    }

    [Fact]
    public void Every_link_gets_its_own_token_id_for_replay_detection()
    {
        var first = Payload();
        var second = Payload();

        Assert.NotEqual(first.TokenId, second.TokenId);
        Assert.NotEqual(Signer().CreateToken(first), Signer().CreateToken(second));
    }

    [Fact]
    public void Changing_any_single_character_is_detected()
    {
        var token = Signer().CreateToken(Payload());
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

        for (var i = 0; i < token.Length; i++)
        {
            if (token[i] == '.')
            {
                continue;
            }

            var replacement = alphabet[(alphabet.IndexOf(token[i], StringComparison.Ordinal) + 1) % alphabet.Length];
            var tampered = string.Concat(token.AsSpan(0, i), replacement.ToString(), token.AsSpan(i + 1));

            Assert.True(LinkVerificationStatus.Tampered == Signer().Verify(tampered, Now).Status, $"position {i} of {token.Length}: {token} -> {tampered}");
        }
    }

    [Fact]
    public void Swapping_the_answer_in_the_payload_is_tampering()
    {
        var accept = Signer().CreateToken(Payload(PartnerAnswer.Accept));
        var decline = Signer().CreateToken(Payload(PartnerAnswer.Decline));
        var forged = accept.Split('.')[0] + "." + decline.Split('.')[1];

        var result = Signer().Verify(forged, Now);

        Assert.Equal(LinkVerificationStatus.Tampered, result.Status);
        Assert.Null(result.Payload);
    }

    [Fact]
    public void Token_signed_with_another_key_is_tampered()
    {
        var foreign = Signer(Convert.ToBase64String(RandomNumberGenerator.GetBytes(32))).CreateToken(Payload());

        Assert.Equal(LinkVerificationStatus.Tampered, Signer().Verify(foreign, Now).Status);
    }

    [Fact]
    public void Expired_token_reports_expired_with_its_payload()
    {
        var payload = Payload();
        var token = Signer().CreateToken(payload);

        var atExpiry = Signer().Verify(token, AfterConference);
        var later = Signer().Verify(token, AfterConference.AddDays(30));
        var justBefore = Signer().Verify(token, AfterConference.AddSeconds(-1));

        Assert.Equal(LinkVerificationStatus.Expired, atExpiry.Status);
        Assert.Equal(LinkVerificationStatus.Expired, later.Status);
        Assert.Equal(payload, later.Payload);
        Assert.True(justBefore.IsValid);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("ohne-punkt")]
    [InlineData("a.b.c")]
    [InlineData(".abc")]
    [InlineData("abc.")]
    [InlineData("ab!c.def")]
    [InlineData("eyJ9.c2hvcnQ")]
    [InlineData("%3Cscript%3E.x")]
    public void Garbage_is_malformed(string? token)
    {
        var result = Signer().Verify(token, Now);

        Assert.Equal(LinkVerificationStatus.Malformed, result.Status);
        Assert.Null(result.Payload);
    }

    [Fact]
    public void Truncated_or_oversized_tokens_are_malformed()
    {
        var token = Signer().CreateToken(Payload());

        Assert.Equal(LinkVerificationStatus.Malformed, Signer().Verify(token[..^5], Now).Status);
        Assert.Equal(LinkVerificationStatus.Malformed, Signer().Verify(new string('a', 5000) + ".x", Now).Status);
    }

    [Fact]
    public void Previous_keys_still_verify_after_rotation_but_never_sign()
    {
        var oldKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        var issuedBeforeRotation = Signer(oldKey).CreateToken(Payload());
        var rotated = Signer(Key, oldKey);

        Assert.True(rotated.Verify(issuedBeforeRotation, Now).IsValid);
        Assert.Equal(LinkVerificationStatus.Tampered, Signer(Key).Verify(issuedBeforeRotation, Now).Status);
        Assert.True(Signer(Key).Verify(rotated.CreateToken(Payload()), Now).IsValid);
    }

    [Theory]
    [InlineData("")]
    [InlineData("kein base64!")]
    [InlineData("c2hvcnQta2V5")]
    public void Short_or_invalid_keys_fail_at_construction_with_a_clear_message(string key)
    {
        var error = Assert.Throws<InvalidOperationException>(() => Signer(key));

        Assert.Contains("SigningKey", error.Message);
    }
}
