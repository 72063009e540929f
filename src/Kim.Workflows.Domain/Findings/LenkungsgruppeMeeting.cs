namespace Kim.Workflows.Domain.Findings;

/// <summary>
/// A meeting of the Lenkungsgruppe (decision makers inside and outside the administration). The
/// coordination puts bundled topics of the regional project groups on its agenda and records the
/// decisions. Invitations to its members are meant to go through the notifications outbox (mail +
/// iCalendar) like Fallkonferenz invitations; until a workflow for it exists they are sent by hand.
/// </summary>
public sealed class LenkungsgruppeMeeting
{
    public Guid Id { get; init; } = Guid.NewGuid();

    public DateOnly MeetingOn { get; set; }

    public required string Title { get; set; }

    public string? Place { get; set; }

    public MeetingStatus Status { get; set; } = MeetingStatus.Geplant;

    public required string PlannedBy { get; set; }

    public DateTimeOffset PlannedAt { get; set; }

    public List<AgendaItem> AgendaItems { get; init; } = [];
}
