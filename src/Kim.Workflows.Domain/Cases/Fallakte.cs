using Kim.Workflows.Domain.Assessment;
using Kim.Workflows.Domain.Clients;
using Kim.Workflows.Domain.Consents;
using Kim.Workflows.Domain.Goals;
using Kim.Workflows.Domain.Services;

namespace Kim.Workflows.Domain.Cases;

/// <summary>
/// The case file of one client and household. Its <see cref="CaseNumber"/> is the business key of
/// the case-management workflow instance; process variables hold only what the process decides on,
/// the file lives here.
/// </summary>
public sealed class Fallakte
{
    public Guid Id { get; init; } = Guid.NewGuid();

    /// <summary><c>KIM-YYYY-NNNN</c>, from <see cref="CaseNumberGenerator"/>.</summary>
    public required string CaseNumber { get; init; }

    public required string DistrictId { get; set; }

    /// <summary>Null after anonymisation: in small towns the municipality alone can identify a family.</summary>
    public string? MunicipalityId { get; set; }

    public CasePhase Phase { get; private set; } = CasePhase.Zugangssteuerung;

    public List<PhaseChange> PhaseHistory { get; init; } = [];

    public ReferralSource ReferralSource { get; set; }

    /// <summary>The referring partner organisation, when it is in the directory.</summary>
    public Guid? ReferringPartnerId { get; set; }

    public Rechtskreis LegalDomains { get; set; }

    /// <summary>
    /// User name of the responsible case manager; null while the case waits in the district's
    /// group inbox after intake, until someone of the team takes it.
    /// </summary>
    public string? ResponsibleCaseManager { get; set; }

    public string? DeputyCaseManager { get; set; }

    public DateTimeOffset OpenedAt { get; init; }

    /// <summary>No KIM rule exists; six months follows § 15 SGB II practice and can be changed per case.</summary>
    public int ReassessmentIntervalMonths { get; set; } = ReassessmentDefaults.IntervalMonths;

    public DateOnly? LastAssessmentOn { get; set; }

    public DateOnly? NextReassessmentDue { get; set; }

    public DateTimeOffset? ClosedAt { get; private set; }

    public ClosingReason? ClosingReason { get; private set; }

    public GoalAchievement? GoalAchievement { get; private set; }

    /// <summary>Free-text assessment of the result; personal, so removed by anonymisation.</summary>
    public string? GoalAchievementNote { get; set; }

    public DateTimeOffset? AnonymizedAt { get; set; }

    /// <summary>Optimistic concurrency: two screens saving the same file must not overwrite each other.</summary>
    public int Version { get; set; }

    public Client? Client { get; set; }

    public List<HouseholdMember> HouseholdMembers { get; init; } = [];

    public List<CaseAssessment> Assessments { get; init; } = [];

    public List<Ergebnisziel> Ergebnisziele { get; init; } = [];

    public List<Zielvereinbarung> Zielvereinbarungen { get; init; } = [];

    public List<ServiceReferral> Services { get; init; } = [];

    public List<CaseContact> Contacts { get; init; } = [];

    public List<CaseNote> Notes { get; init; } = [];

    public List<Schweigepflichtentbindung> Consents { get; init; } = [];

    public bool IsClosed => Phase == CasePhase.Abgeschlossen;

    /// <summary>
    /// Short counselling: the case never went beyond Verweisberatung. Retention is shorter for it
    /// (end of the following year) because little was recorded.
    /// </summary>
    public bool IsShortCounselling =>
        PhaseHistory.Any(p => p.Phase == CasePhase.Verweisberatung)
        && !PhaseHistory.Any(p => p.Phase is CasePhase.Assessment or CasePhase.Zielplanung
            or CasePhase.Zielvereinbarung or CasePhase.Leistungssteuerung or CasePhase.Monitoring
            or CasePhase.ReAssessment);

    public void MoveTo(CasePhase phase, DateTimeOffset at)
    {
        if (IsClosed)
        {
            throw new InvalidOperationException($"Die Fallakte {CaseNumber} ist abgeschlossen; die Phase kann nicht mehr wechseln.");
        }

        if (phase == CasePhase.Abgeschlossen)
        {
            throw new InvalidOperationException("Abschluss nur über Close(...) mit Grund und Zielerreichung.");
        }

        if (phase == Phase && PhaseHistory.Count > 0)
        {
            return;
        }

        Phase = phase;
        PhaseHistory.Add(new PhaseChange { CaseId = Id, Phase = phase, EnteredAt = at });
    }

    /// <summary>Closing requires a reason and a qualitative goal achievement (no silent closures).</summary>
    public void Close(ClosingReason reason, GoalAchievement achievement, DateTimeOffset at, string? note = null)
    {
        if (IsClosed)
        {
            return;
        }

        Phase = CasePhase.Abgeschlossen;
        PhaseHistory.Add(new PhaseChange { CaseId = Id, Phase = CasePhase.Abgeschlossen, EnteredAt = at });
        ClosedAt = at;
        ClosingReason = reason;
        GoalAchievement = achievement;
        GoalAchievementNote = note;
    }
}
