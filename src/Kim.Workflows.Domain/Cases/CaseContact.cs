namespace Kim.Workflows.Domain.Cases;

/// <summary>A contact with the client; aufsuchend (outreach, e.g. a home visit) is flagged for controlling.</summary>
public sealed class CaseContact
{
    public Guid Id { get; init; } = Guid.NewGuid();

    public Guid CaseId { get; set; }

    public DateTimeOffset OccurredAt { get; set; }

    public ContactKind Kind { get; set; }

    public bool Aufsuchend => Kind == ContactKind.Aufsuchend;

    public string? Location { get; set; }

    public string Summary { get; set; } = "";

    public required string RecordedBy { get; set; }
}
