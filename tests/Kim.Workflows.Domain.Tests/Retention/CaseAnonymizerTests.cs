using Kim.Workflows.Domain.Access;
using Kim.Workflows.Domain.Assessment;
using Kim.Workflows.Domain.Cases;
using Kim.Workflows.Domain.Clients;
using Kim.Workflows.Domain.Conferences;
using Kim.Workflows.Domain.Consents;
using Kim.Workflows.Domain.Consultations;
using Kim.Workflows.Domain.Districts;
using Kim.Workflows.Domain.Findings;
using Kim.Workflows.Domain.Goals;
using Kim.Workflows.Domain.Persistence;
using Kim.Workflows.Domain.Retention;
using Kim.Workflows.Domain.Services;
using Microsoft.EntityFrameworkCore;

namespace Kim.Workflows.Domain.Tests.Retention;

public sealed class CaseAnonymizerTests
{
    private static async Task<Guid> StoreFullCaseAsync(KimDbContext db, DateTimeOffset closedAt, string number)
    {
        if (!await db.Districts.AnyAsync())
        {
            db.Districts.AddRange(KreisWarendorf.CreateDistricts());
        }

        var file = new Fallakte
        {
            CaseNumber = number,
            DistrictId = "suedkreis",
            MunicipalityId = "oelde",
            ResponsibleCaseManager = "cm.sued1",
            OpenedAt = closedAt.AddYears(-1),
            LegalDomains = Rechtskreis.SgbII | Rechtskreis.SgbVIII,
            ReferralSource = ReferralSource.Jobcenter,
        };
        file.MoveTo(CasePhase.Zugangssteuerung, closedAt.AddYears(-1));
        file.MoveTo(CasePhase.Assessment, closedAt.AddMonths(-10));
        file.MoveTo(CasePhase.Zielvereinbarung, closedAt.AddMonths(-9));
        file.Client = new Client
        {
            CaseId = file.Id, GivenName = "Amina", FamilyName = "Geheimname", BirthDate = new DateOnly(1990, 5, 1),
            Languages = ["Arabisch"], Phone = "+49 000 1", Email = "amina@example.org", Street = "Musterstraße 1",
            Aufenthaltsstatus = Aufenthaltsstatus.Duldung,
        };
        file.HouseholdMembers.Add(new HouseholdMember { CaseId = file.Id, GivenName = "Kind", Relationship = HouseholdRelationship.Kind });
        file.Notes.Add(new CaseNote { CaseId = file.Id, Author = "cm.sued1", Text = "Geheimname hat Sorgen.", CreatedAt = closedAt.AddMonths(-5) });
        file.Contacts.Add(new CaseContact { CaseId = file.Id, Kind = ContactKind.Aufsuchend, Location = "Wohnung Geheimname", Summary = "Hausbesuch", RecordedBy = "cm.sued1", OccurredAt = closedAt.AddMonths(-4) });
        var assessment = new CaseAssessment { CaseId = file.Id, AssessedOn = new DateOnly(2019, 1, 1), AssessedBy = "cm.sued1", Summary = "Amina braucht Hilfe" };
        assessment.Areas.Add(new LebensbereichAssessment { AssessmentId = assessment.Id, Lebensbereich = Lebensbereich.Gesundheit, NeedLevel = NeedLevel.Bedarf, Needs = "Diabetes", Resources = "Familie" });
        file.Assessments.Add(assessment);
        var goal = new Ergebnisziel { CaseId = file.Id, Lebensbereich = Lebensbereich.Sprache, Description = "Amina lernt Deutsch", Status = GoalStatus.Erreicht, AchievementPercent = 100 };
        goal.Handlungsziele.Add(new Handlungsziel { ErgebniszielId = goal.Id, Description = "Kurs bei VHS", Responsible = "Amina" });
        file.Ergebnisziele.Add(goal);
        file.Zielvereinbarungen.Add(new Zielvereinbarung { CaseId = file.Id, AgreedOn = new DateOnly(2019, 2, 1), AgreedGoalIds = [goal.Id], Remarks = "unterschrieben" });
        file.Services.Add(new ServiceReferral { CaseId = file.Id, Kind = ServiceKind.Verweisberatung, Title = "Verweis für Amina", TargetRechtskreis = Rechtskreis.SgbII, Remarks = "privat" });
        file.Consents.Add(new Schweigepflichtentbindung { CaseId = file.Id, Purpose = "Fallkonferenz", PartnerOrganisationIds = [Guid.NewGuid()], DataCategories = [DataCategory.Gesundheit] });
        file.Close(ClosingReason.ZieleErreicht, GoalAchievement.UeberwiegendErreicht, closedAt, "Amina ist zufrieden.");
        db.Cases.Add(file);

        var consultation = new Consultation { CaseId = file.Id, Question = "Bleiberecht für Amina?", AskedBy = "cm.sued1", AnswerText = "positiv", Outcome = ConsultationOutcome.Positiv, Topic = ConsultationTopic.Bleiberecht25b };
        consultation.ChecklistAnswers.Add(new ChecklistAnswer { ConsultationId = consultation.Id, CriterionKey = "deutschA2", Question = "A2?", Answer = true });
        db.Consultations.Add(consultation);
        var conference = new Fallkonferenz { CaseId = file.Id, DistrictId = "suedkreis", Agenda = "Situation Amina", OrganisedBy = "cm.sued1", ProtocolSummary = "Amina", Place = "Oelde" };
        conference.AgreedSteps.Add(new AgreedStep { ConferenceId = conference.Id, Description = "Amina anrufen", Responsible = "Jobcenter" });
        conference.Invitations.Add(new ConferenceInvitation { ConferenceId = conference.Id, PartnerOrganisationId = Guid.NewGuid(), Answer = InvitationAnswer.Zugesagt });
        db.Conferences.Add(conference);
        db.Findings.Add(new StructuralFinding { DistrictId = "suedkreis", Description = "Kein Kursplatz", LinkedCaseId = file.Id, ReportedBy = "cm.sued1" });
        await db.SaveChangesAsync();
        return file.Id;
    }

    [Fact]
    public async Task Removes_personal_data_and_keeps_aggregate_fields()
    {
        await using var database = await TestDatabase.CreateAsync();
        var clock = TestClock.At();
        Guid id;
        await using (var db = database.CreateContext())
        {
            id = await StoreFullCaseAsync(db, TestClock.Berlin(2019, 6, 1), "KIM-2018-0001");
        }

        await using (var db = database.CreateContext())
        {
            var result = await new CaseAnonymizer(db, new RetentionPolicy(), clock).AnonymizeAsync(id);
            Assert.False(result.AlreadyAnonymized);
            Assert.True(result.RemovedRecords >= 6);
        }

        await using var read = database.CreateContext();
        var file = await read.CaseFiles.SingleAsync(c => c.Id == id);
        Assert.Null(file.Client);
        Assert.Empty(await read.Clients.ToListAsync());
        Assert.Empty(file.HouseholdMembers);
        Assert.Empty(file.Notes);
        Assert.Empty(file.Consents);
        Assert.Null(file.MunicipalityId);
        Assert.Null(file.GoalAchievementNote);
        Assert.All(file.Contacts, c => Assert.True(c.Location is null && c.Summary == ""));
        Assert.All(file.Assessments.SelectMany(a => a.Areas), a => Assert.True(a.Needs is null && a.Resources is null));
        Assert.All(file.Assessments, a => Assert.Null(a.Summary));
        Assert.All(file.Ergebnisziele, g => Assert.Equal(CaseAnonymizer.Placeholder, g.Description));
        Assert.All(file.Ergebnisziele.SelectMany(g => g.Handlungsziele), h => Assert.Null(h.Responsible));
        Assert.All(file.Services, s => Assert.DoesNotContain("Amina", s.Title));
        var consultation = await read.Consultations.Include(c => c.ChecklistAnswers).SingleAsync();
        Assert.Equal(CaseAnonymizer.Placeholder, consultation.Question);
        Assert.Null(consultation.AnswerText);
        Assert.Empty(consultation.ChecklistAnswers);
        var conference = await read.Conferences.Include(c => c.AgreedSteps).SingleAsync();
        Assert.Equal(CaseAnonymizer.Placeholder, conference.Agenda);
        Assert.Null(conference.ProtocolSummary);
        Assert.Empty(conference.AgreedSteps);
        Assert.Null((await read.Findings.SingleAsync()).LinkedCaseId);

        // What controlling needs is still there.
        Assert.Equal("suedkreis", file.DistrictId);
        Assert.Equal(Rechtskreis.SgbII | Rechtskreis.SgbVIII, file.LegalDomains);
        Assert.Equal(ClosingReason.ZieleErreicht, file.ClosingReason);
        Assert.Equal(GoalAchievement.UeberwiegendErreicht, file.GoalAchievement);
        Assert.Equal(4, file.PhaseHistory.Count);
        Assert.Equal(100, file.Ergebnisziele.Single().AchievementPercent);
        Assert.Equal(ConsultationOutcome.Positiv, consultation.Outcome);
        Assert.Equal(Rechtskreis.SgbII, file.Services.Single().TargetRechtskreis);
        Assert.Single(file.Zielvereinbarungen);
        Assert.Equal(clock.GetUtcNow(), file.AnonymizedAt);
        Assert.Single(await read.AccessLog.Where(e => e.Action == AccessAction.Anonymize).ToListAsync());

        // No trace of the name left in any text column of our tables.
        var texts = string.Join("|", file.Contacts.Select(c => c.Summary).Concat(file.Ergebnisziele.Select(g => g.Description))
            .Concat([consultation.Question, conference.Agenda]));
        Assert.DoesNotContain("Amina", texts);
        Assert.DoesNotContain("Geheimname", texts);
    }

    [Fact]
    public async Task Second_run_changes_nothing()
    {
        await using var database = await TestDatabase.CreateAsync();
        var clock = TestClock.At();
        Guid id;
        await using (var db = database.CreateContext())
        {
            id = await StoreFullCaseAsync(db, TestClock.Berlin(2019, 6, 1), "KIM-2018-0001");
            await new CaseAnonymizer(db, new RetentionPolicy(), clock).AnonymizeAsync(id);
        }

        clock.Advance(TimeSpan.FromDays(1));
        await using var again = database.CreateContext();
        var result = await new CaseAnonymizer(again, new RetentionPolicy(), clock).AnonymizeAsync(id);
        Assert.True(result.AlreadyAnonymized);
        Assert.Equal(0, result.RemovedRecords);
        Assert.Equal(0, result.ClearedFields);
        var file = await again.Cases.SingleAsync();
        Assert.Equal(TestClock.Now, file.AnonymizedAt);
        Assert.Single(await again.AccessLog.ToListAsync());
    }

    [Fact]
    public async Task Due_run_anonymises_old_closed_cases_only_and_is_idempotent()
    {
        await using var database = await TestDatabase.CreateAsync();
        var clock = TestClock.At(TestClock.Berlin(2026, 2, 1, 3));
        Guid old, recent;
        await using (var db = database.CreateContext())
        {
            old = await StoreFullCaseAsync(db, TestClock.Berlin(2020, 11, 3), "KIM-2019-0007");
            recent = await StoreFullCaseAsync(db, TestClock.Berlin(2021, 1, 4), "KIM-2020-0001");
        }

        await using (var db = database.CreateContext())
        {
            var results = await new CaseAnonymizer(db, new RetentionPolicy(), clock).AnonymizeDueCasesAsync();
            Assert.Equal(["KIM-2019-0007"], results.Select(r => r.CaseNumber));
        }

        await using (var db = database.CreateContext())
        {
            Assert.Empty(await new CaseAnonymizer(db, new RetentionPolicy(), clock).AnonymizeDueCasesAsync());
            var files = await db.CaseFiles.ToListAsync();
            Assert.NotNull(files.Single(f => f.Id == old).AnonymizedAt);
            var kept = files.Single(f => f.Id == recent);
            Assert.Null(kept.AnonymizedAt);
            Assert.Equal("Geheimname", kept.Client!.FamilyName);
        }
    }
}
