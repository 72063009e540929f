using Kim.Workflows.Domain.Assessment;
using Kim.Workflows.Domain.Cases;
using Kim.Workflows.Domain.Conferences;
using Kim.Workflows.Domain.Consultations;
using Kim.Workflows.Domain.Controlling;
using Kim.Workflows.Domain.Districts;
using Kim.Workflows.Domain.Goals;
using Kim.Workflows.Domain.Persistence;
using Kim.Workflows.Domain.Services;

namespace Kim.Workflows.Domain.Tests.Controlling;

/// <summary>
/// A small hand-counted Kreis for the first half of 2026 (Stichtag 30.06.2026):
/// Ahlen A1–A8 opened Feb 2026, all assessed, A1–A6 with a Zielvereinbarung after 10, 20, …, 60 days;
/// Beckum B1–B6 opened March 2026, in Erstberatung, five Verweisberatungen to SGB II;
/// Südkreis S1–S7 opened 2025, closed April 2026 (5× Ziele erreicht/vollständig, 2× Wegzug/teilweise);
/// Nordkreis N1–N2 closed May 2026 (Kontakt abgebrochen/nicht bewertbar), N3–N7 open in Monitoring,
/// re-assessed: N3–N5 on time, N6 late, N7 overdue at the Stichtag.
/// Consultations: six ABH answers (positive, 2–12 days), one EBH (negative).
/// Conferences: five individual in Ahlen held, one cancelled, one structural in Nordkreis.
/// </summary>
internal static class ControllingFixture
{
    public static ControllingPeriod Period { get; } = new(new DateOnly(2026, 1, 1), new DateOnly(2026, 6, 30));

    public static async Task StoreAsync(KimDbContext db)
    {
        db.Districts.AddRange(KreisWarendorf.CreateDistricts());
        var number = 0;
        Fallakte New(string district, DateTimeOffset opened)
        {
            var file = new Fallakte { CaseNumber = $"KIM-T-{++number:0000}", DistrictId = district, OpenedAt = opened };
            file.MoveTo(CasePhase.Zugangssteuerung, opened);
            db.Cases.Add(file);
            return file;
        }

        for (var i = 0; i < 8; i++)
        {
            var opened = TestClock.Berlin(2026, 2, 2 + i, 10);
            var a = New(KreisWarendorf.Ahlen, opened);
            a.MoveTo(CasePhase.Assessment, opened.AddDays(5));
            if (i < 6)
            {
                var agreed = opened.AddDays(10 * (i + 1));
                a.MoveTo(CasePhase.Zielvereinbarung, agreed);
                a.Zielvereinbarungen.Add(new Zielvereinbarung { CaseId = a.Id, AgreedOn = Time.KimCalendar.DateOf(agreed) });
                db.Consultations.Add(new Consultation
                {
                    CaseId = a.Id, Authority = Authority.Auslaenderbehoerde, Question = "§ 25b?", AskedBy = "cm.ahlen",
                    Status = ConsultationStatus.Beantwortet, Outcome = ConsultationOutcome.Positiv,
                    AskedAt = TestClock.Berlin(2026, 3, 1, 9), AnsweredAt = TestClock.Berlin(2026, 3, 1 + (2 * (i + 1)), 15),
                });
            }

            if (i < 5)
            {
                db.Conferences.Add(new Fallkonferenz
                {
                    CaseId = a.Id, DistrictId = KreisWarendorf.Ahlen, Agenda = "Hilfeplanung", OrganisedBy = "cm.ahlen",
                    Status = ConferenceStatus.Durchgefuehrt, ScheduledAt = TestClock.Berlin(2026, 4, 1 + i, 10),
                });
            }

            if (i == 7)
            {
                db.Consultations.Add(new Consultation
                {
                    CaseId = a.Id, Authority = Authority.Einbuergerungsbehoerde, Question = "§ 10 StAG?", AskedBy = "cm.ahlen",
                    Status = ConsultationStatus.Beantwortet, Outcome = ConsultationOutcome.Negativ,
                    AskedAt = TestClock.Berlin(2026, 3, 1, 9), AnsweredAt = TestClock.Berlin(2026, 3, 20, 9),
                });
                db.Conferences.Add(new Fallkonferenz
                {
                    CaseId = a.Id, DistrictId = KreisWarendorf.Ahlen, Agenda = "abgesagt", OrganisedBy = "cm.ahlen",
                    Status = ConferenceStatus.Abgesagt, ScheduledAt = TestClock.Berlin(2026, 4, 20, 10),
                });
            }
        }

        for (var i = 0; i < 6; i++)
        {
            var b = New(KreisWarendorf.Beckum, TestClock.Berlin(2026, 3, 2 + i, 10));
            b.MoveTo(CasePhase.Erstberatung, TestClock.Berlin(2026, 3, 10 + i, 10));
            if (i < 5)
            {
                b.Services.Add(new ServiceReferral
                {
                    CaseId = b.Id, Kind = ServiceKind.Verweisberatung, Title = "Verweis", TargetRechtskreis = Rechtskreis.SgbII,
                    StartedOn = new DateOnly(2026, 3, 20),
                });
            }
        }

        for (var i = 0; i < 7; i++)
        {
            var s = New(KreisWarendorf.Suedkreis, TestClock.Berlin(2025, 1, 10));
            s.MoveTo(CasePhase.Assessment, TestClock.Berlin(2025, 1, 20));
            s.MoveTo(CasePhase.Zielvereinbarung, TestClock.Berlin(2025, 2, 10));
            s.Zielvereinbarungen.Add(new Zielvereinbarung { CaseId = s.Id, AgreedOn = new DateOnly(2025, 2, 10) });
            s.Close(i < 5 ? ClosingReason.ZieleErreicht : ClosingReason.Wegzug,
                i < 5 ? GoalAchievement.VollstaendigErreicht : GoalAchievement.TeilweiseErreicht, TestClock.Berlin(2026, 4, 15 + i));
        }

        for (var i = 0; i < 7; i++)
        {
            var n = New(KreisWarendorf.Nordkreis, TestClock.Berlin(2025, 6, 1));
            if (i < 2)
            {
                n.MoveTo(CasePhase.Erstberatung, TestClock.Berlin(2025, 6, 5));
                n.Close(ClosingReason.KontaktAbgebrochen, GoalAchievement.NichtBewertbar, TestClock.Berlin(2026, 5, 1));
                continue;
            }

            n.MoveTo(CasePhase.Assessment, TestClock.Berlin(2025, 6, 10));
            n.MoveTo(CasePhase.Zielvereinbarung, TestClock.Berlin(2025, 7, 1));
            n.MoveTo(CasePhase.Monitoring, TestClock.Berlin(2025, 8, 1));
            n.Zielvereinbarungen.Add(new Zielvereinbarung { CaseId = n.Id, AgreedOn = new DateOnly(2025, 7, 1) });
            n.Assessments.Add(new CaseAssessment { CaseId = n.Id, AssessedOn = new DateOnly(2025, 6, 10), AssessedBy = "cm.nord" });
            n.Assessments.Add(new CaseAssessment { CaseId = n.Id, AssessedOn = new DateOnly(2025, 12, 1), IsReassessment = true, AssessedBy = "cm.nord" });
            DateOnly? next = i switch { < 5 => new DateOnly(2026, 6, 1), 5 => new DateOnly(2026, 6, 20), _ => null };
            if (next is { } on)
            {
                n.Assessments.Add(new CaseAssessment { CaseId = n.Id, AssessedOn = on, IsReassessment = true, AssessedBy = "cm.nord" });
            }
        }

        db.Conferences.Add(new Fallkonferenz
        {
            DistrictId = KreisWarendorf.Nordkreis, Kind = ConferenceKind.StrukturellAnonymisiert, Agenda = "Fallrekonstruktion",
            OrganisedBy = "koordination.nord", Status = ConferenceStatus.Protokolliert, ScheduledAt = TestClock.Berlin(2026, 5, 5, 10),
        });
        await db.SaveChangesAsync();
    }
}
