namespace Kim.Workflows.Domain.Conferences;

/// <summary>One invited partner of a Fallkonferenz and its answer through the signed link.</summary>
public sealed class ConferenceInvitation
{
    public Guid Id { get; init; } = Guid.NewGuid();

    public Guid ConferenceId { get; set; }

    public Guid PartnerOrganisationId { get; set; }

    public Guid? ContactPersonId { get; set; }

    public string? Email { get; set; }

    public InvitationAnswer Answer { get; set; } = InvitationAnswer.Offen;

    public DateTimeOffset? AnsweredAt { get; set; }

    /// <summary>Why the partner was not invited (the consent checker's reason), shown to the case manager.</summary>
    public string? NotInvitedReason { get; set; }
}
