using Kim.Workflows.Domain.Cases;

namespace Kim.Workflows.Domain.Services;

/// <summary>A service or referral steered in Leistungssteuerung, with its provider and state.</summary>
public sealed class ServiceReferral
{
    public Guid Id { get; init; } = Guid.NewGuid();

    public Guid CaseId { get; set; }

    public ServiceKind Kind { get; set; }

    public required string Title { get; set; }

    public Guid? ProviderPartnerId { get; set; }

    /// <summary>Provider name when it is not in the partner directory (e.g. a sports club).</summary>
    public string? ProviderName { get; set; }

    /// <summary>For a Verweisberatung: the legal domain whose case management takes over.</summary>
    public Rechtskreis? TargetRechtskreis { get; set; }

    public ServiceStatus Status { get; set; } = ServiceStatus.Geplant;

    public DateOnly? StartedOn { get; set; }

    public DateOnly? EndedOn { get; set; }

    public string? Remarks { get; set; }

    /// <summary>Optimistic concurrency: two people steering the same service do not overwrite each other.</summary>
    public int Version { get; set; }

    /// <summary>The service-task job and line that created the entry (idempotent workflow hand-over); null when entered by hand.</summary>
    public string? SourceKey { get; set; }
}
