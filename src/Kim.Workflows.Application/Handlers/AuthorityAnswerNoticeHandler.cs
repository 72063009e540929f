using Kim.Workflows.Application.Mail;
using Kim.Workflows.Application.Staff;
using Kim.Workflows.Domain.Consultations;
using Kim.Workflows.Domain.Persistence;
using Kim.Workflows.Notifications.Mail;
using Kim.Workflows.Notifications.Templates;
using Kim.Workflows.Runtime.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Kim.Workflows.Application.Handlers;

/// <summary>
/// <c>${authorityAnswerNotice}</c>: the authority's answer (<c>ergebnis</c>, <c>begruendung</c>, <c>fehlendeUnterlagen</c>)
/// goes to the case manager as <c>behoerden-antwort</c> (internal, no consent needed) and into the consultation record.
/// </summary>
public sealed class AuthorityAnswerNoticeHandler(
    IServiceScopeFactory scopes, TemplateRenderer renderer, MailOutbox outbox, IStaffDirectory staff,
    IOptions<ApplicationOptions> options, TimeProvider time) : IServiceTaskHandler
{
    public string Name => "authorityAnswerNotice";

    public async Task<ServiceTaskResult> ExecuteAsync(ServiceTaskRequest request, CancellationToken cancellationToken)
    {
        var v = request.Variables;
        var authority = Variables.String(v, "authority");
        var result = Variables.String(v, "ergebnis") ?? "positiv";
        var caseManager = Variables.String(v, "caseManager");
        var to = Variables.String(v, "caseManagerEmail") ?? staff.CaseManagerEmail(caseManager, Variables.String(v, "district") ?? "");
        var now = time.GetUtcNow();
        var model = NoticeModel.For(v, request.BusinessKey, options.Value, staff, now);
        model["empfaengerName"] = caseManager is null ? null : staff.DisplayName(caseManager);
        model["behoerde"] = AuthorityNames.Authority(authority);
        model["anfrageThema"] = AuthorityNames.Topic(Variables.String(v, "anfrageThema"));
        model["ergebnis"] = result;
        model["begruendung"] = Variables.String(v, "begruendung");
        model["fehlendeUnterlagen"] = Variables.Lines(Variables.String(v, "fehlendeUnterlagen")).ToList();
        model["bearbeitetVon"] = null;
        try
        {
            var outcome = await outbox.SendAsync(request, "0", "behoerden-antwort",
                id => OutgoingMail.FromNotice(id, [new MailRecipient(to)], renderer.Render("behoerden-antwort", model)), cancellationToken).ConfigureAwait(false);
            if (MailOutbox.Combine([outcome]) is { } notYet)
            {
                return notYet;
            }
        }
        catch (TemplateException e)
        {
            return ServiceTaskResult.Incident($"Vorlage 'behoerden-antwort' kann nicht erzeugt werden: {e.Message}");
        }

        if (Guid.TryParse(Variables.String(v, "consultationId"), out var consultationId))
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<KimDbContext>();
            if (await db.Consultations.FirstOrDefaultAsync(c => c.Id == consultationId, cancellationToken).ConfigureAwait(false) is { } consultation)
            {
                consultation.Status = result == "unterlagen-fehlen" ? ConsultationStatus.UnterlagenNachgefordert : ConsultationStatus.Beantwortet;
                consultation.Outcome = result switch
                {
                    "positiv" => ConsultationOutcome.Positiv,
                    "negativ" => ConsultationOutcome.Negativ,
                    _ => ConsultationOutcome.UnterlagenFehlen,
                };
                consultation.AnswerText = Variables.String(v, "begruendung");
                consultation.AnsweredAt = now;
                await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            }
        }

        return ServiceTaskResult.Completed();
    }
}
