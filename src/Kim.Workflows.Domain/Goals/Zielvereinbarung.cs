namespace Kim.Workflows.Domain.Goals;

/// <summary>
/// The goal agreement (Zielvereinbarung / Integrationsvereinbarung) between client and case manager.
/// Required before Leistungssteuerung: plans that nobody agreed to were seldom used. Agreements are never
/// changed: a later one supersedes the earlier (<see cref="CurrentOf"/>), and the earlier ones stay as history.
/// </summary>
public sealed class Zielvereinbarung
{
    public Guid Id { get; init; } = Guid.NewGuid();

    public Guid CaseId { get; set; }

    public DateOnly AgreedOn { get; set; }

    public List<Guid> AgreedGoalIds { get; set; } = [];

    public bool SignedByClient { get; set; }

    public string? Remarks { get; set; }

    /// <summary>Who entered it (the case manager, or the workflow on the case manager's behalf).</summary>
    public string? RecordedBy { get; set; }

    /// <summary>When it was entered; orders two agreements of the same day.</summary>
    public DateTimeOffset? RecordedAt { get; set; }

    /// <summary>The service-task job that recorded it from the workflow form (idempotency); null when entered by hand.</summary>
    public string? SourceKey { get; set; }

    /// <summary>The agreement in force: the latest by date, then by entry.</summary>
    public static Zielvereinbarung? CurrentOf(IEnumerable<Zielvereinbarung> agreements) =>
        agreements.OrderBy(z => z.AgreedOn).ThenBy(z => z.RecordedAt ?? DateTimeOffset.MinValue).LastOrDefault();
}
