namespace Kim.Workflows.Domain.Goals;

/// <summary>
/// The goal agreement (Zielvereinbarung / Integrationsvereinbarung) between client and case manager.
/// Required before Leistungssteuerung: plans that nobody agreed to were seldom used.
/// </summary>
public sealed class Zielvereinbarung
{
    public Guid Id { get; init; } = Guid.NewGuid();

    public Guid CaseId { get; set; }

    public DateOnly AgreedOn { get; set; }

    public List<Guid> AgreedGoalIds { get; set; } = [];

    public bool SignedByClient { get; set; }

    public string? Remarks { get; set; }
}
