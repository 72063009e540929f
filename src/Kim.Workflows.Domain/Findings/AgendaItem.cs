namespace Kim.Workflows.Domain.Findings;

/// <summary>One item of a Lenkungsgruppe agenda: usually a bundled <see cref="FindingTopic"/>, with the decision taken.</summary>
public sealed class AgendaItem
{
    public Guid Id { get; init; } = Guid.NewGuid();

    public Guid MeetingId { get; set; }

    public int Position { get; set; }

    public Guid? TopicId { get; set; }

    public required string Title { get; set; }

    public string? Decision { get; set; }
}
