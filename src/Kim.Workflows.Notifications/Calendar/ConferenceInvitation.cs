namespace Kim.Workflows.Notifications.Calendar;

/// <summary>
/// What a calendar needs to know about one Fallkonferenz. Calendars match updates and
/// cancellations by <see cref="Uid"/> and apply them only when <see cref="Sequence"/> is higher than
/// the one they have (RFC 5546 §2.1.4), so the UID must stay the same for the whole conference and
/// the sequence must grow with every change that is sent.
/// </summary>
/// <param name="Uid">Stable per conference, e.g. from <see cref="UidFor"/>.</param>
/// <param name="Sequence">0 for the first invitation, +1 for every later change or the cancellation.</param>
/// <param name="Start">Start instant; written as Europe/Berlin wall-clock time.</param>
/// <param name="End">End instant.</param>
/// <param name="Summary">Calendar title; keep personal data out of it (e.g. "Fallkonferenz KIM-2026-0042").</param>
public sealed record ConferenceInvitation(
    string Uid,
    int Sequence,
    DateTimeOffset Start,
    DateTimeOffset End,
    string Summary,
    string OrganizerName,
    string OrganizerEmail,
    IReadOnlyList<ConferenceAttendee> Attendees)
{
    /// <summary>Room and address; may be null for a video-only conference.</summary>
    public string? Location { get; init; }

    /// <summary>Link to the video conference, written as URL and, without a room, as location.</summary>
    public string? VideoLink { get; init; }

    public string? Description { get; init; }

    /// <summary>A UID derived from the conference's id, stable across restarts and re-sends.</summary>
    public static string UidFor(Guid conferenceId, string domain) => $"fallkonferenz-{conferenceId:N}@{domain}";

    /// <summary>The same conference with the next sequence number, for a change or a cancellation.</summary>
    public ConferenceInvitation NextRevision() => this with { Sequence = Sequence + 1 };
}
