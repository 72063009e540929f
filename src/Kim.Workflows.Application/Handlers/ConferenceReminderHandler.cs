using Kim.Workflows.Notifications.Links;
using Kim.Workflows.Runtime.Jobs;

namespace Kim.Workflows.Application.Handlers;

/// <summary><c>${conferenceReminder}</c>: the day before, <c>fallkonferenz-erinnerung</c> to every partner in <c>acceptedPartners</c> (with a decline link).</summary>
public sealed class ConferenceReminderHandler(ConferenceMailer mailer) : IServiceTaskHandler
{
    public string Name => "conferenceReminder";

    public async Task<ServiceTaskResult> ExecuteAsync(ServiceTaskRequest request, CancellationToken cancellationToken)
    {
        if (ConferenceFacts.From(request.Variables, request.BusinessKey) is not { } facts)
        {
            return ServiceTaskResult.Incident("Beginn der Fallkonferenz (conferenceStart) fehlt oder ist ungültig.");
        }

        var accepted = Variables.List(request.Variables, "acceptedPartners");
        var result = accepted.Count == 0 ? null : await mailer.SendAsync(request, facts, accepted, "fallkonferenz-erinnerung", requireConsent: true, (partner, id, recipient) =>
        {
            var model = mailer.BaseModel(facts, recipient);
            model["absageLink"] = mailer.Link(facts, id, PartnerAnswer.Decline);
            return (model, []);
        }, cancellationToken).ConfigureAwait(false);
        return result ?? ServiceTaskResult.Completed(new Dictionary<string, object?> { ["remindersSent"] = (long)accepted.Count });
    }
}
