namespace Kim.Workflows.Domain.Findings;

/// <summary>
/// A meeting of the Lenkungsgruppe (decision makers inside and outside the administration). The
/// coordination puts bundled topics of the regional project groups on its agenda and records the
/// decisions. The workflow <c>workflows/lenkungsgruppe.bpmn</c> (business key = <see cref="Id"/>) sets date
/// and place, invites the members (<see cref="LenkungsgruppeOptions"/>) with iCalendar, stores the decisions
/// and sends the protocol.
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
