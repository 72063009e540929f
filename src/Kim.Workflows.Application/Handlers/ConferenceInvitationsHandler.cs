using Kim.Workflows.Application.Conferences;
using Kim.Workflows.Application.Persistence;
using Kim.Workflows.Notifications.Calendar;
using Kim.Workflows.Notifications.Links;
using Kim.Workflows.Notifications.Mail;
using Kim.Workflows.Runtime.Jobs;
using Microsoft.EntityFrameworkCore;

namespace Kim.Workflows.Application.Handlers;

/// <summary>
/// <c>${conferenceInvitations}</c>: one e-mail per partner in <c>invitedPartners</c> with an iCalendar file.
/// <c>invitationMethod</c> REQUEST sends <c>fallkonferenz-einladung</c> (or <c>-terminaenderung</c> when
/// <c>previousConferenceStart</c> is set) with signed accept/decline links; CANCEL sends <c>fallkonferenz-absage</c>
/// with <c>METHOD:CANCEL</c>. The UID is stable per conference, the SEQUENCE rises with every job. Output: <c>invitationsSent</c>.
/// </summary>
public sealed class ConferenceInvitationsHandler(
    ConferenceMailer mailer, IcsBuilder ics, CalendarSequenceCounter sequences, ConferenceRecorder recorder) : IServiceTaskHandler
{
    public string Name => "conferenceInvitations";

    public async Task<ServiceTaskResult> ExecuteAsync(ServiceTaskRequest request, CancellationToken cancellationToken)
    {
        var v = request.Variables;
        if (ConferenceFacts.From(v, request.BusinessKey) is not { } facts)
        {
            return ServiceTaskResult.Incident("Beginn der Fallkonferenz (conferenceStart) fehlt oder ist ungültig.");
        }

        var cancel = string.Equals(Variables.String(v, "invitationMethod"), "CANCEL", StringComparison.OrdinalIgnoreCase);
        var previousStart = Variables.Instant(v, "previousConferenceStart");
        var template = cancel ? "fallkonferenz-absage" : previousStart is null ? "fallkonferenz-einladung" : "fallkonferenz-terminaenderung";
        var partners = Variables.List(v, "invitedPartners");
        if (partners.Count == 0)
        {
            await recorder.InvitationsSentAsync(request.BusinessKey, v, cancel, cancellationToken).ConfigureAwait(false);
            return ServiceTaskResult.Completed(new Dictionary<string, object?> { ["invitationsSent"] = 0L });
        }

        var sequence = await sequences.NextAsync(facts.LinkKey, request.JobId, cancellationToken).ConfigureAwait(false);
        var organizerEmail = facts.CaseManagerEmail ?? string.Format(System.Globalization.CultureInfo.InvariantCulture, mailer.Options.TeamMailboxPattern, "kim");
        var result = await mailer.SendAsync(request, facts, partners, template, requireConsent: !cancel, (partner, id, recipient) =>
        {
            var model = mailer.BaseModel(facts, recipient);
            if (cancel)
            {
                model["absagegrund"] = Variables.String(v, "absagegrund");
            }
            else
            {
                model["anlass"] = facts.Occasion;
                model["tagesordnung"] = facts.Agenda.ToList();
                model["antwortFrist"] = facts.AnswerDeadline;
                model["zusageLink"] = mailer.Link(facts, id, PartnerAnswer.Accept);
                model["absageLink"] = mailer.Link(facts, id, PartnerAnswer.Decline);
                if (previousStart is not null)
                {
                    model["bisherigerBeginn"] = previousStart;
                    model["aenderungsgrund"] = Variables.String(v, "aenderungsgrund");
                }
            }

            var invitation = new ConferenceInvitation(
                ConferenceInvitation.UidFor(facts.CalendarId, mailer.Options.MailDomain), sequence, facts.Start, facts.End,
                $"Fallkonferenz {facts.CaseNumber}", model["fallmanagerName"]?.ToString() ?? "Fallmanagement KIM", organizerEmail,
                [new ConferenceAttendee(recipient.DisplayName ?? partner.Name, recipient.Address)])
            {
                Location = facts.Location,
                VideoLink = facts.VideoLink,
                Description = facts.Occasion is null ? null : $"Anlass: {facts.Occasion}",
            };
            var method = cancel ? "CANCEL" : "REQUEST";
            var calendar = cancel ? ics.BuildCancel(invitation) : ics.BuildRequest(invitation);
            return (model, [MailAttachment.Calendar(calendar, method, cancel ? "absage.ics" : "einladung.ics")]);
        }, cancellationToken).ConfigureAwait(false);
        if (result is not null)
        {
            return result;
        }

        await recorder.InvitationsSentAsync(request.BusinessKey, v, cancel, cancellationToken).ConfigureAwait(false);
        return ServiceTaskResult.Completed(new Dictionary<string, object?> { ["invitationsSent"] = (long)partners.Count });
    }
}
