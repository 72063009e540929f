using Kim.Workflows.Application.Conferences;
using System.Text;
using Kim.Workflows.Notifications.Mail;
using Kim.Workflows.Runtime.Jobs;

namespace Kim.Workflows.Application.Handlers;

/// <summary>
/// <c>${protocolDistribution}</c>: parses <c>vereinbarteSchritte</c> (one step per line: "Maßnahme; verantwortlich;
/// Frist JJJJ-MM-TT") into <c>followUpSteps</c> (the follow-up tasks) and sends <c>fallkonferenz-protokoll</c> with
/// the protocol attached to the partners who took part (<c>acceptedPartners</c>).
/// </summary>
public sealed class ProtocolDistributionHandler(ConferenceMailer mailer, ConferenceRecorder recorder) : IServiceTaskHandler
{
    public string Name => "protocolDistribution";

    public async Task<ServiceTaskResult> ExecuteAsync(ServiceTaskRequest request, CancellationToken cancellationToken)
    {
        var v = request.Variables;
        if (ConferenceFacts.From(v, request.BusinessKey) is not { } facts)
        {
            return ServiceTaskResult.Incident("Beginn der Fallkonferenz (conferenceStart) fehlt oder ist ungültig.");
        }

        var steps = ParseSteps(Variables.String(v, "vereinbarteSchritte"));
        var participants = Variables.List(v, "acceptedPartners");
        var protocol = Variables.String(v, "protokollText");
        var result = participants.Count == 0 ? null : await mailer.SendAsync(request, facts, participants, "fallkonferenz-protokoll", requireConsent: true, (partner, id, recipient) =>
        {
            var model = mailer.BaseModel(facts, recipient);
            model["teilnehmende"] = Variables.ListOf(Variables.String(v, "teilnehmende")).ToList();
            model["vereinbarungen"] = steps;
            model["naechsterTermin"] = Variables.Instant(v, "naechsterTermin");
            model["protokollAngehaengt"] = protocol is not null;
            IReadOnlyList<MailAttachment> attachments = protocol is null ? []
                : [new MailAttachment($"protokoll-{facts.CaseNumber}.txt", "text/plain; charset=utf-8", Encoding.UTF8.GetBytes(protocol))];
            return (model, attachments);
        }, cancellationToken).ConfigureAwait(false);
        if (result is not null)
        {
            return result;
        }

        await recorder.ProtocolAsync(request.BusinessKey, v, steps, cancellationToken).ConfigureAwait(false);
        return ServiceTaskResult.Completed(new Dictionary<string, object?> { ["followUpSteps"] = steps });
    }

    public static List<object?> ParseSteps(string? text) =>
        Variables.Lines(text).Select(line =>
        {
            var parts = line.Split(';', StringSplitOptions.TrimEntries);
            var due = parts.Length > 2 && DateOnly.TryParse(parts[2], System.Globalization.CultureInfo.InvariantCulture, out var d)
                ? d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : null;
            return (object?)new Dictionary<string, object?>
            {
                ["massnahme"] = parts[0],
                ["verantwortlich"] = parts.Length > 1 && parts[1].Length > 0 ? parts[1] : "KIM",
                ["frist"] = due,
            };
        }).ToList();
}
