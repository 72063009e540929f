using Kim.Workflows.Application.Mail;
using Kim.Workflows.Application.Partners;
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
/// <c>${authorityRequest}</c>: sends <c>behoerden-anfrage</c> to the ABH or EBH (<c>authority</c>, <c>authorityEmail</c>)
/// after the consent hook for <c>authorityPartnerId</c>, and marks the consultation as asked (answer due in 14 days).
/// The authority needs to identify the person, so name and birth date go with it (the consent covers this recipient).
/// </summary>
public sealed class AuthorityRequestHandler(
    IServiceScopeFactory scopes, ConsentGuard consents, TemplateRenderer renderer, MailOutbox outbox, IStaffDirectory staff,
    IOptions<ApplicationOptions> options, TimeProvider time) : IServiceTaskHandler
{
    public string Name => "authorityRequest";

    public async Task<ServiceTaskResult> ExecuteAsync(ServiceTaskRequest request, CancellationToken cancellationToken)
    {
        var v = request.Variables;
        var authority = Variables.String(v, "authority") ?? "ABH";
        var isEbh = string.Equals(authority, "EBH", StringComparison.OrdinalIgnoreCase);
        var to = Variables.String(v, "authorityEmail") ?? (isEbh ? options.Value.EinbuergerungsbehoerdeEmail : options.Value.AuslaenderbehoerdeEmail);
        var partnerId = Variables.String(v, "authorityPartnerId") ?? authority.ToLowerInvariant();
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<KimDbContext>();
        var verdict = (await consents.CheckAsync(db, request.BusinessKey, [partnerId], [isEbh ? "einbuergerung" : "aufenthalt"], cancellationToken).ConfigureAwait(false)).Single();
        if (!verdict.Allowed)
        {
            return ServiceTaskResult.Incident($"Keine gültige Einwilligung – die Anfrage wurde nicht gesendet. {verdict.Name}: {verdict.Reason}");
        }

        var file = await db.Cases.Include(c => c.Client).FirstOrDefaultAsync(c => c.CaseNumber == request.BusinessKey, cancellationToken).ConfigureAwait(false);
        var now = time.GetUtcNow();
        var due = now.AddDays(14);
        var model = NoticeModel.For(v, request.BusinessKey, options.Value, staff, now);
        model["empfaengerName"] = null;
        model["behoerde"] = AuthorityNames.Authority(authority);
        model["anfrageThema"] = AuthorityNames.Topic(Variables.String(v, "anfrageThema"));
        model["frage"] = Variables.String(v, "frage") ?? "";
        model["klientName"] = file?.Client is { } client ? $"{client.GivenName} {client.FamilyName}" : null;
        model["klientGeburtsdatum"] = file?.Client?.BirthDate?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        model["aktenzeichen"] = Variables.String(v, "aktenzeichen");
        model["antwortFrist"] = due;
        model["antwortLink"] = options.Value.TaskLink;
        try
        {
            var outcome = await outbox.SendAsync(request, "0", "behoerden-anfrage",
                id => OutgoingMail.FromNotice(id, [new MailRecipient(to, AuthorityNames.Authority(authority))], renderer.Render("behoerden-anfrage", model)),
                cancellationToken).ConfigureAwait(false);
            if (MailOutbox.Combine([outcome]) is { } notYet)
            {
                return notYet;
            }
        }
        catch (TemplateException e)
        {
            return ServiceTaskResult.Incident($"Vorlage 'behoerden-anfrage' kann nicht erzeugt werden: {e.Message}");
        }

        if (Guid.TryParse(Variables.String(v, "consultationId"), out var consultationId)
            && await db.Consultations.FirstOrDefaultAsync(c => c.Id == consultationId, cancellationToken).ConfigureAwait(false) is { } consultation)
        {
            consultation.Status = ConsultationStatus.Gestellt;
            consultation.AskedAt ??= now;
            consultation.DueOn = Variables.DateOf(due);
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }

        return ServiceTaskResult.Completed(new Dictionary<string, object?> { ["anfrageGesendetAm"] = now });
    }
}
