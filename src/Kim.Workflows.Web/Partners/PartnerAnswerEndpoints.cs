using System.Threading.RateLimiting;
using Kim.Workflows.Application.Answers;
using Kim.Workflows.Notifications.Links;
using Microsoft.AspNetCore.RateLimiting;

namespace Kim.Workflows.Web.Partners;

/// <summary>
/// <c>/antwort/{token}</c>: network partners answer a Fallkonferenz invitation without an account. GET shows
/// what the link stands for and a confirm button (mail scanners that prefetch links must not answer for the
/// partner); POST records the answer. Tampered, expired or used links get a clear page and change nothing.
/// Rate-limited per client address.
/// </summary>
public static class PartnerAnswerEndpoints
{
    public const string RateLimitPolicy = "partner-answers";

    public static void AddRateLimiting(IServiceCollection services) =>
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.OnRejected = async (context, token) =>
            {
                context.HttpContext.Response.ContentType = "text/html; charset=utf-8";
                await context.HttpContext.Response.WriteAsync(PartnerAnswerPage.Render("Zu viele Anfragen",
                    "Bitte versuchen Sie es in einer Minute noch einmal.", null, false), token);
            };
            o.AddPolicy(RateLimitPolicy, http => RateLimitPartition.GetFixedWindowLimiter(
                http.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = 30, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
        });

    public static void MapPartnerAnswers(this WebApplication app)
    {
        app.UseRateLimiter();
        var group = app.MapGroup("/antwort").RequireRateLimiting(RateLimitPolicy).ExcludeFromDescription().AllowAnonymous();
        group.MapGet("/{token}", Show);
        group.MapPost("/{token}", Confirm).DisableAntiforgery();
    }

    private static IResult Show(string token, AnswerLinkSigner signer, TimeProvider time)
    {
        var verification = signer.Verify(token, time.GetUtcNow());
        if (verification.IsValid)
        {
            var accept = verification.Payload.Answer == PartnerAnswer.Accept;
            return Html(PartnerAnswerPage.Render(accept ? "Teilnahme zusagen" : "Teilnahme absagen",
                $"Sie möchten zur Fallkonferenz (Fall {CaseOf(verification.Payload)}) {(accept ? "Ihre Teilnahme zusagen" : "absagen")}. Bitte bestätigen Sie Ihre Antwort.",
                accept ? "Zusage bestätigen" : "Absage bestätigen", true));
        }

        return verification.Status switch
        {
            LinkVerificationStatus.Expired => Html(PartnerAnswerPage.Expired, StatusCodes.Status410Gone),
            _ => Html(PartnerAnswerPage.Invalid, StatusCodes.Status400BadRequest),
        };
    }

    private static async Task<IResult> Confirm(string token, PartnerAnswerService answers, CancellationToken cancellationToken)
    {
        var outcome = await answers.AnswerAsync(token, cancellationToken);
        return outcome.Status switch
        {
            AnswerStatus.Recorded => Html(PartnerAnswerPage.Render("Vielen Dank",
                $"Ihre {(outcome.Answer == PartnerAnswer.Accept ? "Zusage" : "Absage")} für {outcome.PartnerName} zur Fallkonferenz (Fall {outcome.CaseNumber}) ist eingegangen. Das Fallmanagement wurde informiert.", null, false)),
            AnswerStatus.Replayed => Html(PartnerAnswerPage.Render("Bereits beantwortet",
                "Dieser Link wurde schon verwendet. Ihre Antwort liegt uns bereits vor; es wurde nichts geändert. Für eine Änderung wenden Sie sich bitte an das Fallmanagement.", null, false), StatusCodes.Status409Conflict),
            AnswerStatus.Expired => Html(PartnerAnswerPage.Expired, StatusCodes.Status410Gone),
            AnswerStatus.NotWaiting => Html(PartnerAnswerPage.Render("Antwort nicht mehr möglich",
                "Für diese Fallkonferenz werden derzeit keine Antworten mehr angenommen (Frist abgelaufen, verlegt oder abgesagt). Es wurde nichts geändert. Bitte wenden Sie sich an das Fallmanagement.", null, false), StatusCodes.Status409Conflict),
            _ => Html(PartnerAnswerPage.Invalid, StatusCodes.Status400BadRequest),
        };
    }

    private static string CaseOf(AnswerLinkPayload payload) => payload.ConferenceId.Split('|')[0];

    private static IResult Html(string html, int status = StatusCodes.Status200OK) => Results.Content(html, "text/html; charset=utf-8", statusCode: status);
}
