using Kim.Workflows.Application.Conferences;
using Kim.Workflows.Application.Partners;
using Kim.Workflows.Application.Persistence;
using Kim.Workflows.Domain.Persistence;
using Kim.Workflows.Engine.Commands;
using Kim.Workflows.Notifications.Links;
using Kim.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Kim.Workflows.Application.Answers;

/// <summary>
/// A partner followed an accept/decline link: verify the signature and expiry, refuse a replay (token ids are
/// stored once used), and correlate <c>Fallkonferenz_Antwort</c> (partnerId, answer) into the conference that
/// waits under the case number and conference id. Anything but a genuine first use changes nothing.
/// </summary>
public sealed class PartnerAnswerService(
    AnswerLinkSigner signer, IDbContextFactory<ApplicationDbContext> contexts, KimDbContext kim, WorkflowRuntime runtime, TimeProvider time,
    ConferenceRecorder recorder, ILogger<PartnerAnswerService> logger)
{
    public const string MessageName = "Fallkonferenz_Antwort";

    public async Task<AnswerOutcome> AnswerAsync(string? token, CancellationToken cancellationToken = default)
    {
        var verification = signer.Verify(token, time.GetUtcNow());
        if (verification.Status is LinkVerificationStatus.Tampered or LinkVerificationStatus.Malformed)
        {
            logger.LogWarning("Answer link refused: {Status}", verification.Status);
            return new AnswerOutcome(verification.Status == LinkVerificationStatus.Tampered ? AnswerStatus.Tampered : AnswerStatus.Malformed);
        }

        var payload = verification.Payload!;
        var separator = payload.ConferenceId.IndexOf('|', StringComparison.Ordinal);
        var caseNumber = separator > 0 ? payload.ConferenceId[..separator] : payload.ConferenceId;
        var conferenceId = separator > 0 ? payload.ConferenceId[(separator + 1)..] : payload.ConferenceId;
        var partnerName = (await PartnerDirectory.ResolveAsync(kim, [payload.PartnerId], cancellationToken).ConfigureAwait(false))[payload.PartnerId]?.Name ?? payload.PartnerId;
        AnswerOutcome Outcome(AnswerStatus status) => new(status, caseNumber, partnerName, payload.Answer, payload.ExpiresAt);
        if (verification.Status == LinkVerificationStatus.Expired)
        {
            return Outcome(AnswerStatus.Expired);
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        db.UsedAnswerTokens.Add(new UsedAnswerToken
        {
            TokenId = payload.TokenId, ConferenceId = payload.ConferenceId, PartnerId = payload.PartnerId,
            Answer = payload.Answer == PartnerAnswer.Accept ? "accept" : "decline", UsedAt = time.GetUtcNow(),
        });
        try
        {
            // The claim comes first: of two concurrent clicks only one inserts the token id.
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (DbUpdateException)
        {
            return Outcome(AnswerStatus.Replayed);
        }

        var result = await runtime.CorrelateMessageAsync(MessageName, caseNumber,
            new Dictionary<string, object?> { ["conferenceId"] = conferenceId },
            new Dictionary<string, object?> { ["partnerId"] = payload.PartnerId, ["answer"] = payload.Answer == PartnerAnswer.Accept ? "accept" : "decline" },
            "partner:" + payload.PartnerId, cancellationToken).ConfigureAwait(false);
        if (result.Outcome != CorrelationOutcome.Delivered)
        {
            // Nothing changed: give the link back, so it works if the conference waits again (e.g. after a restart of planning).
            await db.UsedAnswerTokens.Where(t => t.TokenId == payload.TokenId).ExecuteDeleteAsync(CancellationToken.None).ConfigureAwait(false);
            return Outcome(AnswerStatus.NotWaiting);
        }

        await recorder.AnsweredAsync(caseNumber, conferenceId, payload.PartnerId, payload.Answer == PartnerAnswer.Accept, cancellationToken).ConfigureAwait(false);
        return Outcome(AnswerStatus.Recorded);
    }
}
