using Kim.Workflows.Notifications.Calendar;
using Kim.Workflows.Notifications.Mail;
using Kim.Workflows.Runtime.Jobs;

namespace Kim.Workflows.Application.Handlers;

/// <summary>
/// <c>${steeringInvitations}</c>: one e-mail per Lenkungsgruppe member with an iCalendar file. <c>invitationMethod</c>
/// REQUEST first stores date and place on the meeting, then sends <c>lenkungsgruppe-einladung</c> with the agenda taken
/// from the topics put on the meeting (a change when <c>previousMeetingStart</c> is set); CANCEL marks the meeting
/// cancelled and sends <c>lenkungsgruppe-absage</c> with <c>METHOD:CANCEL</c>. UID stable per meeting, SEQUENCE rising
/// with every job. Outputs: <c>invitationsSent</c>, <c>agendaText</c> (numbered agenda for the decisions form).
/// </summary>
public sealed class SteeringInvitationsHandler(SteeringMailer mailer, IcsBuilder ics) : IServiceTaskHandler
{
    public string Name => "steeringInvitations";

    public async Task<ServiceTaskResult> ExecuteAsync(ServiceTaskRequest request, CancellationToken cancellationToken)
    {
        var v = request.Variables;
        if (mailer.Facts(request) is not { } facts)
        {
            return ServiceTaskResult.Incident("Sitzung (meetingId) oder Beginn (meetingStart) der Lenkungsgruppe fehlt oder ist ungültig.");
        }

        var cancel = string.Equals(Variables.String(v, "invitationMethod"), "CANCEL", StringComparison.OrdinalIgnoreCase);
        var known = cancel
            ? await mailer.WithMeetingsAsync(s => s.CancelAsync(facts.MeetingId, cancellationToken)).ConfigureAwait(false)
            : await mailer.WithMeetingsAsync(s => s.ScheduleAsync(facts.MeetingId, Variables.DateOf(facts.Start), facts.Location, cancellationToken)).ConfigureAwait(false);
        if (!known)
        {
            return ServiceTaskResult.Incident($"Die Sitzung {facts.MeetingId} der Lenkungsgruppe gibt es nicht.");
        }

        var (agenda, agendaText) = await mailer.AgendaAsync(facts.MeetingId, cancellationToken).ConfigureAwait(false);
        var previousStart = Variables.Instant(v, "previousMeetingStart");
        var template = cancel ? "lenkungsgruppe-absage" : "lenkungsgruppe-einladung";
        var sequence = await mailer.NextSequenceAsync(facts, request.JobId, cancellationToken).ConfigureAwait(false);
        var organizer = mailer.CoordinatorEmail(facts);
        var result = await mailer.SendAsync(request, facts, template, member =>
        {
            var model = mailer.BaseModel(facts, member.Recipient);
            if (cancel)
            {
                model["absagegrund"] = Variables.String(v, "absagegrund");
            }
            else
            {
                model["tagesordnung"] = agenda;
                model["hinweis"] = Variables.String(v, "hinweis");
                model["bisherigerBeginn"] = previousStart;
                model["aenderungsgrund"] = previousStart is null ? null : Variables.String(v, "aenderungsgrund");
            }

            var invitation = new ConferenceInvitation(
                facts.CalendarUid(mailer.Options.MailDomain), sequence, facts.Start, facts.End, facts.Title,
                model["koordinationName"]?.ToString() ?? "Koordination KIM", organizer,
                [new ConferenceAttendee(member.Recipient.DisplayName ?? member.Recipient.Address, member.Recipient.Address)])
            {
                Location = facts.Location,
                VideoLink = facts.VideoLink,
                Description = "Tagesordnung:\n" + agendaText,
            };
            var calendar = cancel ? ics.BuildCancel(invitation) : ics.BuildRequest(invitation);
            IReadOnlyList<MailAttachment> attachments = [MailAttachment.Calendar(calendar, cancel ? "CANCEL" : "REQUEST", cancel ? "absage.ics" : "einladung.ics")];
            return (model, attachments);
        }, cancellationToken).ConfigureAwait(false);
        return result ?? ServiceTaskResult.Completed(new Dictionary<string, object?>
        {
            ["invitationsSent"] = (long)facts.Members.Count, ["agendaText"] = agendaText,
        });
    }
}
