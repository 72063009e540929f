using System.Globalization;
using System.Text.RegularExpressions;
using Kim.Workflows.Runtime.Jobs;

namespace Kim.Workflows.Application.Handlers;

/// <summary>
/// <c>${steeringDecisions}</c>: parses <c>beschluesse</c> (one line per agenda item: "Nummer: Beschluss"; lines without a
/// number continue the previous decision) and stores the decisions on the meeting's agenda items and their topics; the
/// meeting counts as held. Output: <c>decisionsRecorded</c>.
/// </summary>
public sealed partial class SteeringDecisionsHandler(SteeringMailer mailer) : IServiceTaskHandler
{
    public string Name => "steeringDecisions";

    public async Task<ServiceTaskResult> ExecuteAsync(ServiceTaskRequest request, CancellationToken cancellationToken)
    {
        var id = Variables.String(request.Variables, "meetingId") ?? request.BusinessKey;
        if (!Guid.TryParse(id, out var meetingId))
        {
            return ServiceTaskResult.Incident("Die Sitzung der Lenkungsgruppe (meetingId) fehlt oder ist ungültig.");
        }

        var decisions = Parse(Variables.String(request.Variables, "beschluesse"));
        try
        {
            var recorded = await mailer.WithMeetingsAsync(s => s.RecordOutcomeAsync(meetingId, decisions, cancellationToken)).ConfigureAwait(false);
            return ServiceTaskResult.Completed(new Dictionary<string, object?> { ["decisionsRecorded"] = (long)recorded });
        }
        catch (InvalidOperationException e)
        {
            return ServiceTaskResult.Incident(e.Message);
        }
    }

    public static IReadOnlyDictionary<int, string> Parse(string? text)
    {
        var decisions = new SortedDictionary<int, string>();
        int? current = null;
        foreach (var line in Variables.Lines(text))
        {
            if (Numbered().Match(line) is { Success: true } m)
            {
                current = int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
                var decision = m.Groups[2].Value.Trim();
                decisions[current.Value] = decisions.TryGetValue(current.Value, out var before) ? before + "\n" + decision : decision;
            }
            else if (current is { } position)
            {
                decisions[position] += "\n" + line;
            }
        }

        return decisions;
    }

    [GeneratedRegex(@"^(?:TOP\s*)?(\d{1,3})\s*[:.)]\s*(.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex Numbered();
}
