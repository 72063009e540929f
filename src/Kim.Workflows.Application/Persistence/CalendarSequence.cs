namespace Kim.Workflows.Application.Persistence;

/// <summary>
/// The iCalendar SEQUENCE of one conference: +1 for every invitation job after the first, the same
/// for a repeated run of one job (RFC 5546 §2.1.4: calendars apply only higher sequences).
/// </summary>
public sealed class CalendarSequence
{
    public required string ConferenceKey { get; init; }

    public int Sequence { get; set; }

    public required string LastJobId { get; set; }
}
