using Kim.Workflows.Domain.Findings;

namespace Kim.Workflows.Application.Handlers;

/// <summary>
/// What the Lenkungsgruppe handlers read from a <c>lenkungsgruppe</c> instance: the meeting id (business key),
/// start and end (Berlin wall-clock texts from the workflow), place, video link, the coordinator and the members
/// (organisations; the configured list when the instance names none).
/// </summary>
public sealed record SteeringFacts(
    Guid MeetingId, string Title, DateTimeOffset Start, DateTimeOffset End, string? Location, string? VideoLink,
    string? Coordinator, string? CoordinatorEmail, IReadOnlyList<string> Members)
{
    /// <summary>The key of the meeting's calendar sequence (shared table with the Fallkonferenzen).</summary>
    public string CalendarKey => $"lenkungsgruppe|{MeetingId:N}";

    public string CalendarUid(string domain) => $"lenkungsgruppe-{MeetingId:N}@{domain}";

    public static SteeringFacts? From(IReadOnlyDictionary<string, object?> v, string? businessKey, LenkungsgruppeOptions options)
    {
        var start = Variables.Instant(v, "meetingStart");
        var id = Variables.String(v, "meetingId") ?? businessKey;
        if (start is null || !Guid.TryParse(id, out var meetingId))
        {
            return null;
        }

        var end = Variables.Instant(v, "meetingEnd") is { } e && e > start ? e : start.Value.AddMinutes(120);
        var members = Variables.List(v, "members");
        return new SteeringFacts(
            meetingId, Variables.String(v, "meetingTitle") ?? options.MeetingTitle, start.Value, end,
            Variables.String(v, "location"), Variables.String(v, "videoLink"), Variables.String(v, "coordinator"),
            Variables.String(v, "coordinatorEmail"), members.Count > 0 ? members : options.EffectiveMembers);
    }
}
