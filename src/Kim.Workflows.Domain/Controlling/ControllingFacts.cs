using Kim.Workflows.Domain.Cases;
using Kim.Workflows.Domain.Conferences;
using Kim.Workflows.Domain.Consultations;
using Kim.Workflows.Domain.Districts;

namespace Kim.Workflows.Domain.Controlling;

/// <summary>
/// The few non-personal columns controlling reads, loaded once per report: no names, no free text.
/// Anonymised cases stay in (their dates, reasons and outcomes are kept on purpose).
/// </summary>
public sealed record ControllingFacts(
    IReadOnlyList<District> Districts,
    IReadOnlyList<CaseFact> Cases,
    IReadOnlyList<AssessmentFact> Assessments,
    IReadOnlyList<AgreementFact> Agreements,
    IReadOnlyList<ConferenceFact> Conferences,
    IReadOnlyList<ConsultationFact> Consultations,
    IReadOnlyList<ReferralFact> Referrals);

public sealed record CaseFact(
    Guid Id,
    string DistrictId,
    DateTimeOffset OpenedAt,
    DateTimeOffset? ClosedAt,
    ClosingReason? ClosingReason,
    GoalAchievement? GoalAchievement,
    int ReassessmentIntervalMonths,
    IReadOnlyList<PhaseChange> PhaseHistory)
{
    /// <summary>The phase the case was in at the end of the period; null when it was opened later.</summary>
    public CasePhase? PhaseAt(ControllingPeriod period) => PhaseHistory
        .Where(p => period.ReachedBy(p.EnteredAt))
        .OrderBy(p => p.EnteredAt)
        .Select(p => (CasePhase?)p.Phase)
        .LastOrDefault();

    public bool OpenAtEndOf(ControllingPeriod period) =>
        period.ReachedBy(OpenedAt) && (ClosedAt is null || !period.ReachedBy(ClosedAt.Value));

    /// <summary>Worked on during the period: opened by its end and not closed before its start.</summary>
    public bool ActiveIn(ControllingPeriod period) =>
        period.ReachedBy(OpenedAt) && (ClosedAt is null || Time.KimCalendar.DateOf(ClosedAt.Value) >= period.From);
}

public sealed record AssessmentFact(Guid CaseId, DateOnly AssessedOn, bool IsReassessment);

public sealed record AgreementFact(Guid CaseId, DateOnly AgreedOn);

public sealed record ConferenceFact(string DistrictId, ConferenceKind Kind, ConferenceStatus Status, DateTimeOffset ScheduledAt);

public sealed record ConsultationFact(Guid CaseId, Authority Authority, ConsultationOutcome? Outcome, DateTimeOffset? AskedAt, DateTimeOffset? AnsweredAt);

public sealed record ReferralFact(Guid CaseId, Rechtskreis? Target, DateOnly? StartedOn);
