namespace Kim.Workflows.Domain.Conferences;

/// <summary>
/// A case conference with network partners. An individual one belongs to a case and needs consent
/// per partner; a structural one has no case and must carry no personal data.
/// </summary>
public sealed class Fallkonferenz
{
    public Guid Id { get; init; } = Guid.NewGuid();

    /// <summary>Null for <see cref="ConferenceKind.StrukturellAnonymisiert"/>.</summary>
    public Guid? CaseId { get; set; }

    /// <summary>District of the conference, for controlling even when there is no case.</summary>
    public required string DistrictId { get; set; }

    public ConferenceKind Kind { get; set; }

    public ConferenceStatus Status { get; set; } = ConferenceStatus.Geplant;

    public DateTimeOffset ScheduledAt { get; set; }

    public int DurationMinutes { get; set; } = 90;

    public string? Place { get; set; }

    public string? VideoLink { get; set; }

    public required string Agenda { get; set; }

    public bool ClientParticipates { get; set; }

    /// <summary>Answers are awaited until this instant; afterwards the conference goes ahead with whoever accepted.</summary>
    public DateTimeOffset? AnswerDeadline { get; set; }

    public required string OrganisedBy { get; set; }

    public List<ConferenceInvitation> Invitations { get; init; } = [];

    public string? ProtocolSummary { get; set; }

    /// <summary>Review of measures agreed at earlier conferences (were they done, did they help).</summary>
    public string? ReviewOfEarlierMeasures { get; set; }

    public DateTimeOffset? ProtocolWrittenAt { get; set; }

    public List<AgreedStep> AgreedSteps { get; init; } = [];

    /// <summary>Concurrency token: partner answers arrive in parallel through their links.</summary>
    public int Version { get; set; }
}
