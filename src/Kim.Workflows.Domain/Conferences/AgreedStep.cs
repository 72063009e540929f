namespace Kim.Workflows.Domain.Conferences;

/// <summary>A step agreed in the protocol: what, who, by when. Becomes a follow-up task.</summary>
public sealed class AgreedStep
{
    public Guid Id { get; init; } = Guid.NewGuid();

    public Guid ConferenceId { get; set; }

    public required string Description { get; set; }

    public required string Responsible { get; set; }

    public DateOnly? DueOn { get; set; }

    public bool Done { get; set; }
}
