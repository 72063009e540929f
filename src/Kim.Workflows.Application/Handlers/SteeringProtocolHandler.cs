using Kim.Workflows.Runtime.Jobs;

namespace Kim.Workflows.Application.Handlers;

/// <summary>
/// <c>${steeringProtocol}</c>: sends <c>lenkungsgruppe-protokoll</c> to every member: the decisions as stored on the
/// agenda (an item without a decision shows as adjourned), the bodies present (<c>teilnehmende</c>),
/// <c>weitereBeschluesse</c> and <c>naechsteSitzung</c>. Output: <c>protocolsSent</c>.
/// </summary>
public sealed class SteeringProtocolHandler(SteeringMailer mailer) : IServiceTaskHandler
{
    public string Name => "steeringProtocol";

    public async Task<ServiceTaskResult> ExecuteAsync(ServiceTaskRequest request, CancellationToken cancellationToken)
    {
        var v = request.Variables;
        if (mailer.Facts(request) is not { } facts)
        {
            return ServiceTaskResult.Incident("Sitzung (meetingId) oder Beginn (meetingStart) der Lenkungsgruppe fehlt oder ist ungültig.");
        }

        var (decisions, _) = await mailer.AgendaAsync(facts.MeetingId, cancellationToken).ConfigureAwait(false);
        var result = await mailer.SendAsync(request, facts, "lenkungsgruppe-protokoll", member =>
        {
            var model = mailer.BaseModel(facts, member.Recipient);
            model["teilnehmende"] = Variables.ListOf(Variables.String(v, "teilnehmende")).ToList();
            model["beschluesse"] = decisions;
            model["weitereBeschluesse"] = Variables.String(v, "weitereBeschluesse");
            model["naechsteSitzung"] = Variables.Instant(v, "naechsteSitzung");
            return (model, []);
        }, cancellationToken).ConfigureAwait(false);
        return result ?? ServiceTaskResult.Completed(new Dictionary<string, object?> { ["protocolsSent"] = (long)facts.Members.Count });
    }
}
