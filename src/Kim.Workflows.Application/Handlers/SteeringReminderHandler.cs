using Kim.Workflows.Runtime.Jobs;

namespace Kim.Workflows.Application.Handlers;

/// <summary><c>${steeringReminder}</c>: the day before, <c>lenkungsgruppe-erinnerung</c> with the current agenda to every member.</summary>
public sealed class SteeringReminderHandler(SteeringMailer mailer) : IServiceTaskHandler
{
    public string Name => "steeringReminder";

    public async Task<ServiceTaskResult> ExecuteAsync(ServiceTaskRequest request, CancellationToken cancellationToken)
    {
        if (mailer.Facts(request) is not { } facts)
        {
            return ServiceTaskResult.Incident("Sitzung (meetingId) oder Beginn (meetingStart) der Lenkungsgruppe fehlt oder ist ungültig.");
        }

        var (agenda, _) = await mailer.AgendaAsync(facts.MeetingId, cancellationToken).ConfigureAwait(false);
        var result = await mailer.SendAsync(request, facts, "lenkungsgruppe-erinnerung", member =>
        {
            var model = mailer.BaseModel(facts, member.Recipient);
            model["tagesordnung"] = agenda;
            return (model, []);
        }, cancellationToken).ConfigureAwait(false);
        return result ?? ServiceTaskResult.Completed(new Dictionary<string, object?> { ["remindersSent"] = (long)facts.Members.Count });
    }
}
