using Kim.Workflows.Domain.Assessment;
using Kim.Workflows.Domain.Cases;
using Kim.Workflows.Domain.Clients;
using Kim.Workflows.Domain.Consents;
using Kim.Workflows.Domain.Districts;
using Kim.Workflows.Domain.Goals;
using Kim.Workflows.Domain.Partners;
using Kim.Workflows.Domain.Services;
using Kim.Workflows.Domain.Time;

namespace Kim.Workflows.Domain.Seeding;

/// <summary>
/// Builds one demo case file in a given phase with a believable history: phase changes spread
/// between opening and now, an assessment, goals, agreement, services, contacts and consents as
/// far as the phase has come. Deterministic for a given random source and clock.
/// </summary>
internal sealed class DemoCaseFactory(Random random, DateTimeOffset now, ReassessmentPlanner planner, IReadOnlyDictionary<string, PartnerOrganisation> partners)
{
    private readonly DemoClientFactory _people = new(random, now);

    private static readonly CasePhase[] FullPath =
    [
        CasePhase.Zugangssteuerung, CasePhase.Erstberatung, CasePhase.Assessment, CasePhase.Zielplanung,
        CasePhase.Zielvereinbarung, CasePhase.Leistungssteuerung, CasePhase.Monitoring, CasePhase.ReAssessment,
    ];

    private static readonly CasePhase[] ReferralPath = [CasePhase.Zugangssteuerung, CasePhase.Erstberatung, CasePhase.Verweisberatung];

    public Fallakte Create(int index, Func<DateTimeOffset, string> caseNumberFor, District district, CasePhase phase, bool overdueReassessment)
    {
        var municipality = district.Municipalities[random.Next(district.Municipalities.Count)];
        var managers = DemoUsers.CaseManagersOf(district.Id);
        var responsible = managers[index % managers.Count];
        var deputy = managers.Count > 1 ? managers[(index + 1) % managers.Count] : null;
        // Closed demo cases alternate between short counselling and full case management.
        var shortCounselling = phase == CasePhase.Verweisberatung || (phase == CasePhase.Abgeschlossen && (index / 10) % 2 == 0);
        var path = shortCounselling ? ReferralPath : FullPath;
        var reached = phase == CasePhase.Abgeschlossen ? path.Length : Array.IndexOf(path, phase) + 1;
        var ageDays = phase == CasePhase.Abgeschlossen ? 300 + random.Next(900) : (reached * 35) + random.Next(30);
        if (overdueReassessment)
        {
            ageDays = Math.Max(ageDays, 260 + random.Next(60));
        }

        var opened = now.AddDays(-ageDays).AddHours(-random.Next(8));
        var end = phase == CasePhase.Abgeschlossen ? opened.AddDays(ageDays * 0.8) : now.AddDays(-1);
        var file = new Fallakte
        {
            CaseNumber = caseNumberFor(opened),
            DistrictId = district.Id,
            MunicipalityId = municipality.Id,
            OpenedAt = opened,
            ReferralSource = (ReferralSource)random.Next(Enum.GetValues<ReferralSource>().Length),
            LegalDomains = LegalDomainsFor(index),
            ResponsibleCaseManager = phase == CasePhase.Zugangssteuerung && index % 2 == 0 ? null : responsible.UserName,
            DeputyCaseManager = deputy?.UserName,
        };
        file.Client = _people.CreateClient(index, file.Id, municipality.Name);
        _people.AddHousehold(file, index);

        var step = (end - opened) / reached;
        for (var i = 0; i < reached; i++)
        {
            file.MoveTo(path[i], opened + (step * i));
        }

        var at = (CasePhase p) => file.PhaseHistory.FirstOrDefault(h => h.Phase == p)?.EnteredAt;
        if (at(CasePhase.Assessment) is { } assessedAt)
        {
            var assessedOn = KimCalendar.DateOf(assessedAt);
            AddAssessment(file, assessedOn, false, responsible.UserName);
            if (at(CasePhase.ReAssessment) is { } reassessedAt)
            {
                assessedOn = KimCalendar.DateOf(reassessedAt);
                AddAssessment(file, assessedOn, true, responsible.UserName);
            }

            if (overdueReassessment)
            {
                // Demo of an overdue re-assessment: the last one lies more than the interval back.
                assessedOn = KimCalendar.DateOf(now).AddMonths(-file.ReassessmentIntervalMonths).AddDays(-10 - random.Next(40));
                file.Assessments[^1].AssessedOn = assessedOn;
            }

            planner.RecordAssessment(file, assessedOn);
        }

        if (at(CasePhase.Zielplanung) is { } planningAt)
        {
            AddGoals(file, KimCalendar.DateOf(planningAt), phase);
        }

        if (at(CasePhase.Zielvereinbarung) is { } agreedAt)
        {
            file.Zielvereinbarungen.Add(new Zielvereinbarung
            {
                CaseId = file.Id,
                AgreedOn = KimCalendar.DateOf(agreedAt),
                AgreedGoalIds = [.. file.Ergebnisziele.Select(g => g.Id)],
                SignedByClient = true,
            });
        }

        if (at(CasePhase.Leistungssteuerung) is { } steeringAt)
        {
            AddService(file, ServiceKind.Leistung, "Integrationskurs B1", "Volkshochschule, Sprachkurse (Demo)", null, steeringAt);
            if (index % 3 == 0)
            {
                AddService(file, ServiceKind.Leistung, "Schuldnerberatung", "Diakonie (Demo)", null, steeringAt);
            }
        }

        if (at(CasePhase.Verweisberatung) is { } referredAt)
        {
            var (target, partner) = (index % 3) switch
            {
                0 => (Rechtskreis.SgbII, DemoPartners.Jobcenter),
                1 => (Rechtskreis.SgbIII, DemoPartners.Arbeitsagentur),
                _ => (Rechtskreis.SgbVIII, DemoPartners.JugendamtKreis),
            };
            file.LegalDomains |= target;
            var domain = target switch { Rechtskreis.SgbII => "SGB II", Rechtskreis.SgbIII => "SGB III", _ => "SGB VIII" };
            AddService(file, ServiceKind.Verweisberatung, "Verweisberatung an das Fallmanagement " + domain, partner, target, referredAt);
        }

        AddContacts(file, index, opened, end, responsible.UserName);
        if (reached >= 3 && !shortCounselling)
        {
            AddConsent(file, index, KimCalendar.DateOf(opened).AddDays(10));
        }

        if (phase == CasePhase.Abgeschlossen)
        {
            file.Close(
                shortCounselling ? ClosingReason.VerweisberatungAbgeschlossen : (ClosingReason)(index % 4),
                shortCounselling ? GoalAchievement.NichtBewertbar : (GoalAchievement)(index % 4),
                end, shortCounselling ? null : "Deutschkurs abgeschlossen, Arbeitsaufnahme in Teilzeit (Demo).");
        }

        return file;
    }

    private static Rechtskreis LegalDomainsFor(int index) => (index % 6) switch
    {
        0 => Rechtskreis.SgbII,
        1 => Rechtskreis.SgbII | Rechtskreis.SgbVIII,
        2 => Rechtskreis.AsylbLG,
        3 => Rechtskreis.SgbIII,
        4 => Rechtskreis.Keiner,
        _ => Rechtskreis.SgbXII,
    };

    private void AddAssessment(Fallakte file, DateOnly on, bool reassessment, string by)
    {
        var assessment = new CaseAssessment { CaseId = file.Id, AssessedOn = on, IsReassessment = reassessment, AssessedBy = by };
        foreach (var area in Enum.GetValues<Lebensbereich>())
        {
            var level = (NeedLevel)random.Next(4);
            assessment.Areas.Add(new LebensbereichAssessment
            {
                AssessmentId = assessment.Id,
                Lebensbereich = area,
                NeedLevel = level,
                Needs = level == NeedLevel.KeinBedarf ? null : $"Unterstützungsbedarf im Bereich {LebensbereichNames.Label(area)} (Demo).",
                Resources = random.Next(2) == 0 ? "Hohe Motivation, Unterstützung durch Familie (Demo)." : null,
            });
        }

        file.Assessments.Add(assessment);
    }

    private void AddGoals(Fallakte file, DateOnly on, CasePhase phase)
    {
        (Lebensbereich Area, string Goal, string Step)[] goals =
        [
            (Lebensbereich.Sprache, "Deutschkenntnisse auf Niveau B1 erreichen", "Anmeldung zum Integrationskurs"),
            (Lebensbereich.Arbeit, "Sozialversicherungspflichtige Beschäftigung aufnehmen", "Bewerbungsunterlagen erstellen"),
            (Lebensbereich.Wohnen, "Eigene Wohnung beziehen", "Wohnberechtigungsschein beantragen"),
        ];
        var count = 2 + random.Next(2);
        var late = phase is CasePhase.Monitoring or CasePhase.ReAssessment or CasePhase.Abgeschlossen;
        foreach (var (area, text, stepText) in goals.Take(count))
        {
            var percent = late ? 30 + random.Next(71) : random.Next(40);
            var goal = new Ergebnisziel
            {
                CaseId = file.Id,
                Lebensbereich = area,
                Description = text,
                CreatedOn = on,
                TargetDate = on.AddMonths(6),
                AchievementPercent = percent,
                Status = percent >= 100 ? GoalStatus.Erreicht : percent > 0 ? GoalStatus.InArbeit : GoalStatus.Offen,
            };
            goal.Handlungsziele.Add(new Handlungsziel
            {
                ErgebniszielId = goal.Id,
                Description = stepText,
                Responsible = "Klient/in",
                DueOn = on.AddDays(30),
                Status = late ? GoalStatus.Erreicht : GoalStatus.InArbeit,
                AchievementPercent = GoalRules.StepPercent(late ? GoalStatus.Erreicht : GoalStatus.InArbeit),
            });
            file.Ergebnisziele.Add(goal);
        }
    }

    private void AddService(Fallakte file, ServiceKind kind, string title, string partnerName, Rechtskreis? target, DateTimeOffset at)
    {
        var status = kind == ServiceKind.Verweisberatung ? ServiceStatus.Abgeschlossen : (ServiceStatus)(1 + random.Next(3));
        var started = KimCalendar.DateOf(at);
        // A finished service has an end date (ServiceRules): a referral ends with the hand-over, a course some weeks later.
        var ended = kind == ServiceKind.Verweisberatung ? started : Min(started.AddDays(42), KimCalendar.DateOf(now));
        file.Services.Add(new ServiceReferral
        {
            CaseId = file.Id,
            Kind = kind,
            Title = title,
            ProviderPartnerId = partners.TryGetValue(partnerName, out var partner) ? partner.Id : null,
            ProviderName = partnerName,
            TargetRechtskreis = target,
            Status = status,
            StartedOn = started,
            EndedOn = ServiceRules.NeedsEndDate(status) ? ended : null,
        });
    }

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;

    private void AddContacts(Fallakte file, int index, DateTimeOffset from, DateTimeOffset to, string by)
    {
        var count = 1 + random.Next(4);
        for (var i = 0; i < count; i++)
        {
            // Every third case shows aufsuchendes Fallmanagement: a home visit as the first contact.
            var kind = i == 0 && index % 3 == 0 ? ContactKind.Aufsuchend : (ContactKind)random.Next(4);
            file.Contacts.Add(new CaseContact
            {
                CaseId = file.Id,
                OccurredAt = from + ((to - from) * (i + 1) / (count + 1)),
                Kind = kind,
                Location = kind == ContactKind.Aufsuchend ? "Hausbesuch in der Unterkunft" : "Beratungsbüro",
                Summary = kind == ContactKind.Aufsuchend ? "Aufsuchender Kontakt, Unterlagen gesichtet (Demo)." : "Beratungsgespräch (Demo).",
                RecordedBy = by,
            });
        }

        file.Notes.Add(new CaseNote { CaseId = file.Id, CreatedAt = from.AddDays(1), Author = by, Text = "Erstkontakt dokumentiert (Demo)." });
    }

    private void AddConsent(Fallakte file, int index, DateOnly givenOn)
    {
        var consent = new Schweigepflichtentbindung
        {
            CaseId = file.Id,
            PartnerOrganisationIds = [partners[DemoPartners.Jobcenter].Id, partners[DemoPartners.Mbe].Id, partners[DemoPartners.JugendamtKreis].Id],
            DataCategories = index % 4 == 0
                ? [DataCategory.AllgemeineFalldaten, DataCategory.Gesundheit]
                : [DataCategory.AllgemeineFalldaten],
            Purpose = "Abgestimmte Hilfeplanung im Rahmen des KIM-Case-Managements und Fallkonferenzen",
            Form = ConsentForm.Schriftlich,
            RefusalConsequencesExplained = true,
            GivenOn = givenOn,
            ValidUntil = givenOn.AddYears(1),
            RecordedBy = file.ResponsibleCaseManager,
        };
        if (index % 7 == 2)
        {
            consent.RevokedAt = now.AddDays(-3 - random.Next(20));
        }
        else if (index % 9 == 5)
        {
            consent.ValidUntil = KimCalendar.DateOf(now).AddDays(-1 - random.Next(30));
        }

        file.Consents.Add(consent);
    }
}
