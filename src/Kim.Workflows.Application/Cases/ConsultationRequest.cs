using Kim.Workflows.Domain.Consultations;

namespace Kim.Workflows.Application.Cases;

/// <summary>A consultation with the ABH or EBH started from the case file: the topic, and the question if already known.</summary>
public sealed record ConsultationRequest(Authority Authority, ConsultationTopic Topic, string? Question)
{
    /// <summary>The id of the consultation record (and the workflow's <c>consultationId</c>): known before the start.</summary>
    public Guid ConsultationId { get; init; } = Guid.NewGuid();
}
