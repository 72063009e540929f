namespace Kim.Workflows.Domain.Consents;

/// <summary>
/// The client's release from confidentiality (§ 203 StGB) for one case: it names the recipients,
/// the data categories and the purpose, and is revocable at any time. Checked by
/// <see cref="ConsentChecker"/> before every invitation or hand-over.
/// </summary>
public sealed class Schweigepflichtentbindung
{
    public Guid Id { get; init; } = Guid.NewGuid();

    public Guid CaseId { get; set; }

    /// <summary>The partner organisations data may go to; named one by one, never "all partners".</summary>
    public List<Guid> PartnerOrganisationIds { get; set; } = [];

    public List<DataCategory> DataCategories { get; set; } = [];

    public required string Purpose { get; set; }

    public ConsentForm Form { get; set; } = ConsentForm.Schriftlich;

    /// <summary>The client was told what refusing means (a condition of a voluntary consent).</summary>
    public bool RefusalConsequencesExplained { get; set; }

    public DateOnly GivenOn { get; set; }

    /// <summary>Last day of validity (inclusive); null means until revoked or the purpose lapses.</summary>
    public DateOnly? ValidUntil { get; set; }

    /// <summary>The instant of revocation; takes effect at once.</summary>
    public DateTimeOffset? RevokedAt { get; set; }

    public string? RecordedBy { get; set; }

    /// <summary>Optimistic concurrency: an edit based on an older state (or made after a revocation) fails instead of overwriting.</summary>
    public int Version { get; set; }

    public bool IsRevoked => RevokedAt is not null;
}
