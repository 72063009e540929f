using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using Kim.Workflows.Engine.Timers;
using IcalCalendar = Ical.Net.Calendar;

namespace Kim.Workflows.Notifications.Calendar;

/// <summary>
/// Builds iTIP messages (RFC 5546) for Fallkonferenzen: <c>METHOD:REQUEST</c> for an invitation or
/// change, <c>METHOD:CANCEL</c> for a cancellation. Times carry <c>TZID=Europe/Berlin</c> with a
/// matching VTIMEZONE, so clients in any zone show the right time, also across the DST switch.
/// </summary>
public sealed class IcsBuilder
{
    /// <summary>The zone of Kreis Warendorf; all conferences take place there.</summary>
    public const string TimeZoneId = "Europe/Berlin";

    private const string ProductId = "-//KIM Workflows//Fallkonferenz//DE";


    private readonly TimeProvider timeProvider;

    public IcsBuilder(TimeProvider timeProvider) => this.timeProvider = timeProvider;

    /// <summary>An invitation or an update of it (same UID, higher sequence).</summary>
    public string BuildRequest(ConferenceInvitation invitation) => Build(invitation, "REQUEST", "CONFIRMED");

    /// <summary>A cancellation; send it with a sequence higher than the last request's.</summary>
    public string BuildCancel(ConferenceInvitation invitation) => Build(invitation, "CANCEL", "CANCELLED");

    private string Build(ConferenceInvitation invitation, string method, string status)
    {
        Validate(invitation);
        var start = ToBerlin(invitation.Start);
        var end = ToBerlin(invitation.End);

        var calendar = new IcalCalendar { Method = method, ProductId = ProductId };
        // Only the rules in force from the start on: smaller files, and what Outlook itself sends.
        calendar.AddTimeZone(VTimeZone.FromDateTimeZone(TimeZoneId, start, includeHistoricalData: false));

        var calendarEvent = new CalendarEvent
        {
            Uid = invitation.Uid,
            Sequence = invitation.Sequence,
            DtStamp = new CalDateTime(timeProvider.GetUtcNow().UtcDateTime, "UTC"),
            DtStart = new CalDateTime(start, TimeZoneId),
            DtEnd = new CalDateTime(end, TimeZoneId),
            Summary = invitation.Summary,
            Description = Describe(invitation),
            Location = invitation.Location ?? invitation.VideoLink,
            Status = status,
            Transparency = "OPAQUE",
            Organizer = new Organizer($"mailto:{invitation.OrganizerEmail}") { CommonName = ParameterSafe(invitation.OrganizerName) },
        };
        if (invitation.VideoLink is not null && Uri.TryCreate(invitation.VideoLink, UriKind.Absolute, out var videoUri))
        {
            calendarEvent.Url = videoUri;
        }

        foreach (var attendee in invitation.Attendees)
        {
            calendarEvent.Attendees.Add(new Attendee($"mailto:{attendee.Email}")
            {
                CommonName = ParameterSafe(attendee.Name),
                Role = "REQ-PARTICIPANT",
                ParticipationStatus = "NEEDS-ACTION",
                Rsvp = true,
            });
        }

        calendar.Events.Add(calendarEvent);
        // Ical.Net writes CRLF line ends and folds lines at 75 octets (RFC 5545 §3.1).
        return new CalendarSerializer().SerializeToString(calendar)
            ?? throw new InvalidOperationException("Ical.Net returned no calendar text.");
    }

    private static string? Describe(ConferenceInvitation invitation)
    {
        if (invitation.VideoLink is null || invitation.Location is null)
        {
            return invitation.Description;
        }

        // With a room in LOCATION, the video link goes into the description where every client shows it.
        var video = $"Videokonferenz: {invitation.VideoLink}";
        return invitation.Description is null ? video : $"{invitation.Description}\n\n{video}";
    }

    private static DateTime ToBerlin(DateTimeOffset instant) => BerlinCalendar.ToBerlin(instant).DateTime;

    /// <summary>
    /// Parameter values (CN) may not contain double quotes or control characters (RFC 5545 §3.1);
    /// a name typed into a form could.
    /// </summary>
    private static string ParameterSafe(string name) =>
        new(name.Where(c => c != '"' && !char.IsControl(c)).ToArray());

    private static void Validate(ConferenceInvitation invitation)
    {
        ArgumentNullException.ThrowIfNull(invitation);
        if (string.IsNullOrWhiteSpace(invitation.Uid) || invitation.Uid.Any(char.IsControl))
        {
            throw new ArgumentException("The UID must be a non-empty single line.", nameof(invitation));
        }

        ArgumentOutOfRangeException.ThrowIfNegative(invitation.Sequence);
        if (invitation.End <= invitation.Start)
        {
            throw new ArgumentException("The conference must end after it starts.", nameof(invitation));
        }

        if (!IsAddress(invitation.OrganizerEmail))
        {
            throw new ArgumentException($"'{invitation.OrganizerEmail}' is not a valid organizer address.", nameof(invitation));
        }

        if (invitation.Attendees.Count == 0 || invitation.Attendees.Any(a => !IsAddress(a.Email)))
        {
            throw new ArgumentException("An invitation needs at least one attendee, each with a valid address.", nameof(invitation));
        }
    }

    private static bool IsAddress(string? email) =>
        !string.IsNullOrWhiteSpace(email) && email.IndexOf('@') > 0 && !email.Any(c => char.IsWhiteSpace(c) || c is ':' or '<' or '>' or '"');
}
