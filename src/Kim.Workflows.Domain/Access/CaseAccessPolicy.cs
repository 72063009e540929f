using Kim.Workflows.Domain.Cases;
using Kim.Workflows.Domain.Consultations;

namespace Kim.Workflows.Domain.Access;

/// <summary>
/// Who may see what. Case managers: cases of their own district where they are responsible or
/// deputy, or not yet assigned (or the whole district, if configured). Coordination: aggregates only, never a case file.
/// ABH/EBH: only consultations addressed to them. Administrators: the access log, no case content.
/// Process owners: the models, no case content.
/// </summary>
public sealed class CaseAccessPolicy
{
    private readonly CaseAccessOptions _options;

    public CaseAccessPolicy(CaseAccessOptions? options = null)
    {
        _options = options ?? new CaseAccessOptions();
    }

    public AccessDecision CanReadCase(KimUser user, CaseAccessFacts file)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(file);
        return user.Role switch
        {
            KimRole.CaseManager => CaseManagerDecision(user, file),
            KimRole.Coordination => AccessDecision.Denied("Die Koordination sieht nur zusammengefasste Zahlen, keine Fallakten."),
            KimRole.Auslaenderbehoerde or KimRole.Einbuergerungsbehoerde =>
                AccessDecision.Denied("Die Behörde sieht nur die an sie gerichteten Anfragen, nicht die Fallakte."),
            KimRole.Administrator => AccessDecision.Denied("Administratoren sehen nur das Zugriffsprotokoll, keine Falldaten."),
            _ => AccessDecision.Denied("Diese Rolle hat keinen Zugriff auf Fallakten."),
        };
    }

    public AccessDecision CanReadCase(KimUser user, Fallakte file) => CanReadCase(user, CaseAccessFacts.Of(file));

    /// <summary>Changing a case needs the same right as reading it; closed or anonymised files stay read-only elsewhere.</summary>
    public AccessDecision CanEditCase(KimUser user, CaseAccessFacts file) => CanReadCase(user, file);

    /// <summary>The case list: a query filter with the same rules as <see cref="CanReadCase(KimUser, CaseAccessFacts)"/>.</summary>
    public IQueryable<Fallakte> VisibleCases(IQueryable<Fallakte> cases, KimUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (user.Role != KimRole.CaseManager)
        {
            return cases.Where(_ => false);
        }

        var districts = user.DistrictIds.ToList();
        var name = user.UserName;
        return _options.CaseManagersSeeWholeDistrict
            ? cases.Where(c => districts.Contains(c.DistrictId))
            : cases.Where(c => districts.Contains(c.DistrictId)
                && (c.ResponsibleCaseManager == null || c.ResponsibleCaseManager == name || c.DeputyCaseManager == name));
    }

    public AccessDecision CanReadConsultation(KimUser user, Consultation consultation, CaseAccessFacts file)
    {
        ArgumentNullException.ThrowIfNull(consultation);
        return user.Role switch
        {
            KimRole.Auslaenderbehoerde => ForAuthority(user, consultation, Authority.Auslaenderbehoerde),
            KimRole.Einbuergerungsbehoerde => ForAuthority(user, consultation, Authority.Einbuergerungsbehoerde),
            _ => CanReadCase(user, file),
        };
    }

    /// <summary>Controlling figures (already aggregated and small-cell suppressed by the caller).</summary>
    public AccessDecision CanSeeAggregates(KimUser user, string? districtId) => user.Role switch
    {
        KimRole.Coordination when districtId is null || user.KreisWide || user.DistrictIds.Contains(districtId) => AccessDecision.Granted,
        KimRole.Coordination => AccessDecision.Denied("Diese Koordination ist für den Bezirk nicht zuständig."),
        KimRole.ProcessOwner => AccessDecision.Granted,
        _ => AccessDecision.Denied("Controlling-Zahlen sind der Koordination vorbehalten."),
    };

    public AccessDecision CanReadAccessLog(KimUser user) => user.Role == KimRole.Administrator
        ? AccessDecision.Granted
        : AccessDecision.Denied("Das Zugriffsprotokoll sehen nur Administratoren.");

    private AccessDecision CaseManagerDecision(KimUser user, CaseAccessFacts file)
    {
        if (!user.DistrictIds.Contains(file.DistrictId))
        {
            return AccessDecision.Denied("Die Fallakte gehört zu einem anderen Bezirk.");
        }

        // An unassigned case sits in the district team's inbox: the team must see it to take it.
        if (_options.CaseManagersSeeWholeDistrict
            || file.ResponsibleCaseManager is null
            || file.ResponsibleCaseManager == user.UserName
            || file.DeputyCaseManager == user.UserName)
        {
            return AccessDecision.Granted;
        }

        return AccessDecision.Denied("Nur die zuständige Fallmanagerin bzw. der zuständige Fallmanager und die Vertretung haben Zugriff.");
    }

    private static AccessDecision ForAuthority(KimUser user, Consultation consultation, Authority own)
    {
        if (consultation.Authority != own)
        {
            return AccessDecision.Denied("Die Anfrage ist an eine andere Behörde gerichtet.");
        }

        if (consultation.Status == ConsultationStatus.Entwurf)
        {
            return AccessDecision.Denied("Die Anfrage ist noch nicht gestellt.");
        }

        return consultation.AddressedTo is null || consultation.AddressedTo == user.UserName
            ? AccessDecision.Granted
            : AccessDecision.Denied("Die Anfrage ist an eine andere Sachbearbeitung gerichtet.");
    }
}
