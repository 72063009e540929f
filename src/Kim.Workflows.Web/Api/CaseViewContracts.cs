using Kim.Workflows.Domain.Cases;
using Kim.Workflows.Domain.Conferences;
using Kim.Workflows.Domain.Consents;
using Kim.Workflows.Domain.Consultations;

namespace Kim.Workflows.Web.Api;

/// <summary>One case of the list: no client data beyond what telling cases apart needs (the case number).</summary>
public sealed record CaseListEntry(
    Guid Id, string CaseNumber, string? Municipality, CasePhase Phase, string? ResponsibleCaseManager, string? DeputyCaseManager,
    DateOnly? NextReassessmentDue, bool ReassessmentOverdue);

public sealed record CaseListResponse(IReadOnlyList<CaseListEntry> Items, int Total, int Page, int PageSize);

/// <summary>
/// The summary of a case file for other systems: where the case stands (phase, dates, closing), its conferences, consultations
/// and consents. No client data (name, birth date, contact, assessment, notes): that stays on the case-file page.
/// </summary>
public sealed record CaseSummary(
    Guid Id, string CaseNumber, string DistrictId, string? DistrictName, string? Municipality, CasePhase Phase,
    string? ResponsibleCaseManager, string? DeputyCaseManager, DateTimeOffset OpenedAt, DateOnly? LastAssessmentOn, DateOnly? NextReassessmentDue,
    DateTimeOffset? ClosedAt, ClosingReason? ClosingReason, GoalAchievement? GoalAchievement,
    IReadOnlyList<ConferenceSummary> Conferences, IReadOnlyList<ConsultationSummary> Consultations, IReadOnlyList<ConsentSummary> Consents);

public sealed record ConferenceSummary(
    Guid Id, ConferenceStatus Status, DateTimeOffset ScheduledAt, int DurationMinutes, string? Place, string? VideoLink, bool ClientParticipates,
    IReadOnlyList<InvitationSummary> Invitations, int AgreedSteps);

/// <summary>An invited (or not invited) partner: <see cref="Answer"/> offen, zugesagt, abgesagt or nichtEingeladen with the reason.</summary>
public sealed record InvitationSummary(Guid PartnerId, string PartnerName, InvitationAnswer Answer, DateTimeOffset? AnsweredAt, string? NotInvitedReason);

public sealed record ConsultationSummary(
    Guid Id, Authority Authority, ConsultationTopic Topic, ConsultationStatus Status, ConsultationOutcome? Outcome, DateTimeOffset? AskedAt, DateTimeOffset? AnsweredAt, DateOnly? DueOn);

/// <summary>A Schweigepflichtentbindung: for whom, which data, and whether it is valid today (with the German state text).</summary>
public sealed record ConsentSummary(
    Guid Id, IReadOnlyList<Guid> PartnerIds, IReadOnlyList<string> PartnerNames, IReadOnlyList<DataCategory> DataCategories, string Purpose,
    DateOnly GivenOn, DateOnly? ValidUntil, DateTimeOffset? RevokedAt, bool Valid, string State);
