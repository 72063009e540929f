using Kim.Workflows.Application.Mail;
using Kim.Workflows.Application.Partners;
using Kim.Workflows.Application.Staff;
using Kim.Workflows.Domain.Partners;
using Kim.Workflows.Domain.Persistence;
using Kim.Workflows.Notifications.Links;
using Kim.Workflows.Notifications.Mail;
using Kim.Workflows.Notifications.Templates;
using Kim.Workflows.Runtime.Jobs;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Kim.Workflows.Application.Handlers;

/// <summary>
/// Sends one notice per partner of a Fallkonferenz: resolves the partner's contact, applies the consent hook
/// (no case data without a valid consent: the whole job is refused with the German reasons, nothing is sent),
/// renders the template and sends through <see cref="MailOutbox"/> (one mail per partner and job).
/// </summary>
public sealed class ConferenceMailer(
    IServiceScopeFactory scopes, ConsentGuard consents, TemplateRenderer renderer, MailOutbox outbox, AnswerLinkSigner signer,
    IStaffDirectory staff, IOptions<ApplicationOptions> options)
{
    public delegate (Dictionary<string, object?> Model, IReadOnlyList<MailAttachment> Attachments) Compose(PartnerOrganisation partner, string partnerId, MailRecipient recipient);

    public ApplicationOptions Options => options.Value;

    public async Task<ServiceTaskResult?> SendAsync(
        ServiceTaskRequest job, ConferenceFacts facts, IReadOnlyList<string> partnerIds, string template, bool requireConsent, Compose compose,
        CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<KimDbContext>();
        var partners = await PartnerDirectory.ResolveAsync(db, partnerIds, cancellationToken).ConfigureAwait(false);
        if (requireConsent)
        {
            var refused = (await consents.CheckAsync(db, facts.CaseNumber, partnerIds, Variables.List(job.Variables, "dataCategories"), cancellationToken).ConfigureAwait(false))
                .Where(c => !c.Allowed).ToList();
            if (refused.Count > 0)
            {
                return ServiceTaskResult.Incident("Keine gültige Einwilligung – es wurde nichts gesendet. " + string.Join(" ", refused.Select(r => $"{r.Name}: {r.Reason}")));
            }
        }

        var unknown = partners.Where(p => p.Value is null).Select(p => p.Key).ToList();
        if (unknown.Count > 0)
        {
            return ServiceTaskResult.Incident($"Partner nicht im Partnerverzeichnis: {string.Join(", ", unknown)}.");
        }

        var outcomes = new List<MailSendOutcome>();
        try
        {
            foreach (var id in partnerIds)
            {
                var partner = partners[id]!;
                var recipient = RecipientOf(partner);
                if (recipient is null)
                {
                    return ServiceTaskResult.Incident($"Für {partner.Name} ist keine E-Mail-Adresse hinterlegt.");
                }

                outcomes.Add(await outbox.SendAsync(job, id, template, messageId =>
                {
                    var (model, attachments) = compose(partner, id, recipient);
                    var notice = renderer.Render(template, model);
                    return OutgoingMail.FromNotice(messageId, [recipient], notice) with
                    {
                        Attachments = attachments,
                        ReplyTo = facts.CaseManagerEmail is { } reply ? new MailRecipient(reply, staff.DisplayName(facts.CaseManager)) : null,
                    };
                }, cancellationToken).ConfigureAwait(false));
            }
        }
        catch (TemplateException e)
        {
            return ServiceTaskResult.Incident($"Vorlage '{template}' kann nicht erzeugt werden: {e.Message}");
        }

        return MailOutbox.Combine(outcomes);
    }

    /// <summary>The common part of every conference notice's model.</summary>
    public Dictionary<string, object?> BaseModel(ConferenceFacts facts, MailRecipient recipient) => new(StringComparer.Ordinal)
    {
        ["empfaengerName"] = recipient.DisplayName,
        ["fallnummer"] = facts.CaseNumber,
        ["klientName"] = null, // partners get the case number, not the name (templates/README.md)
        ["beginn"] = facts.Start,
        ["ende"] = facts.End,
        ["ort"] = facts.Location,
        ["videoLink"] = facts.VideoLink,
        ["fallmanagerName"] = staff.DisplayName(facts.CaseManager),
        ["fallmanagerEmail"] = facts.CaseManagerEmail ?? Options.TeamMailboxPattern,
        ["fallmanagerTelefon"] = null,
    };

    /// <summary>A signed link for one answer, valid until a while after the start.</summary>
    public string Link(ConferenceFacts facts, string partnerId, PartnerAnswer answer) =>
        Options.AnswerLink(signer.CreateToken(AnswerLinkPayload.Create(facts.LinkKey, partnerId, answer, facts.Start + Options.AnswerLinkValidityAfterStart)));

    public static MailRecipient? RecipientOf(PartnerOrganisation partner)
    {
        var person = partner.ContactPersons.OrderBy(c => c.Name, StringComparer.Ordinal).FirstOrDefault();
        return person is not null ? new MailRecipient(person.Email, person.Name)
            : partner.Email is { } email ? new MailRecipient(email, partner.Name) : null;
    }
}
