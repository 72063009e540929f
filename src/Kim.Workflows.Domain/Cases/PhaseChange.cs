namespace Kim.Workflows.Domain.Cases;

/// <summary>
/// One entry of a case's phase history. Kept after anonymisation: the dates feed controlling
/// (e.g. median time from intake to Zielvereinbarung) and say nothing about the person.
/// </summary>
public sealed class PhaseChange
{
    public Guid Id { get; init; } = Guid.NewGuid();

    public Guid CaseId { get; set; }

    public CasePhase Phase { get; init; }

    public DateTimeOffset EnteredAt { get; init; }
}
