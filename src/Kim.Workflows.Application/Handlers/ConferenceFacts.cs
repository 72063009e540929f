using System.Security.Cryptography;
using System.Text;

namespace Kim.Workflows.Application.Handlers;

/// <summary>What the conference handlers read from a fallkonferenz instance (start and end are Berlin wall-clock texts).</summary>
public sealed record ConferenceFacts(
    string CaseNumber, string ConferenceId, DateTimeOffset Start, DateTimeOffset End, string? Location, string? VideoLink,
    IReadOnlyList<string> Agenda, string? Occasion, DateTimeOffset? AnswerDeadline, string? CaseManager, string? CaseManagerEmail)
{
    /// <summary>What an answer link names as conference: case number and conference id, so the answer can be correlated.</summary>
    public string LinkKey => $"{CaseNumber}|{ConferenceId}";

    /// <summary>A stable id per conference for the calendar UID (the conference id itself when it is a Guid).</summary>
    public Guid CalendarId => Guid.TryParse(ConferenceId, out var id) ? id : new Guid(SHA256.HashData(Encoding.UTF8.GetBytes(LinkKey)).AsSpan(0, 16));

    public static ConferenceFacts? From(IReadOnlyDictionary<string, object?> v, string? businessKey)
    {
        var start = Variables.Instant(v, "conferenceStart");
        var caseNumber = Variables.String(v, "caseNumber") ?? businessKey;
        if (start is null || caseNumber is null)
        {
            return null;
        }

        var end = Variables.Instant(v, "conferenceEnd") ?? start.Value.AddMinutes(90);
        return new ConferenceFacts(
            caseNumber, Variables.String(v, "conferenceId") ?? caseNumber, start.Value, end > start ? end : start.Value.AddMinutes(90),
            Variables.String(v, "location"), Variables.String(v, "videoLink"), Variables.Lines(Variables.String(v, "agenda")),
            Variables.String(v, "anlass"), Variables.Instant(v, "answerDeadline"), Variables.String(v, "caseManager"), Variables.String(v, "caseManagerEmail"));
    }
}
