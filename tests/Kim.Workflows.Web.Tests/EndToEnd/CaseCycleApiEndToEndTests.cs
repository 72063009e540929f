using System.Net.Http.Json;
using Kim.Workflows.Domain.Assessment;
using Kim.Workflows.Domain.Cases;
using Kim.Workflows.Domain.Services;
using Kim.Workflows.Web.Api;
using Microsoft.EntityFrameworkCore;
using static Kim.Workflows.Web.Tests.EndToEnd.ApiEndToEndHost;

namespace Kim.Workflows.Web.Tests.EndToEnd;

/// <summary><c>case-management-cycle</c> and <c>reassessment-reminder</c> over the web API, with Hangfire, SMTP and an advanced clock.</summary>
public sealed class CaseCycleApiEndToEndTests
{
    private static async Task ToMonitoringAsync(ApiEndToEndHost app, string cn)
    {
        await app.ToAssessmentAsync(cn);
        await app.CompleteAsync(cn, "Task_Assessment", new
        {
            lastAssessmentAt = "2026-03-03", bedarfSprache = "dringend", lbSprache = "A2", bedarfBildung = "bedarf", ressourcenBildung = "Schneiderin mit Abschluss",
            assessmentZusammenfassung = "Sprache (A2) und Arbeit (Anerkennung des Abschlusses) vorrangig",
        });
        // The goals field is a text area (one goal per line) in the generated form.
        var goals = await app.TaskAsync(cn, "Task_Ergebnisziele");
        Assert.Contains("<textarea id=\"feld-ergebnisziele\" name=\"feld_ergebnisziele\" rows=\"8\"", await (await app.AsAsync(CaseManager)).GetStringAsync($"/aufgaben/{goals.Id}"),
            StringComparison.Ordinal);
        await app.CompleteAsync(cn, "Task_Ergebnisziele", new
        {
            ergebnisziele = "Sprache: Deutsch B1 bis Ende 2026\n- Integrationskurs anmelden; Klient/in\nArbeit im erlernten Beruf", lebensbereich = "arbeit",
        });
        await app.CompleteAsync(cn, "Task_Zielvereinbarung", new { zielvereinbarungAm = "2026-03-10", vereinbarteZiele = "Deutsch B1, Anerkennung beantragen", vereinbarungUnterzeichnet = true });
        await app.CompleteAsync(cn, "Task_Leistungssteuerung", new { leistungen = "Integrationskurs; VHS Oelde; läuft" });
        await app.TaskAsync(cn, "Task_Monitoring");
    }

    [Fact]
    public async Task Happy_path_from_intake_to_Abschluss_with_the_reminder_14_days_before_the_reassessment()
    {
        using var app = await StartAsync();
        var created = await app.IntakeAsync();
        Assert.True(created.Visible);
        Assert.Equal("suedkreis", created.DistrictId);
        Assert.Equal(CaseManager, created.ResponsibleCaseManager);
        var cn = created.CaseNumber;
        await ToMonitoringAsync(app, cn);
        var monitoring = await app.CaseWhenAsync(created.Id!.Value, c => c.NextReassessmentDue is not null, "re-assessment planned");
        Assert.Equal(CasePhase.Monitoring, monitoring.Phase);
        Assert.Equal(new DateOnly(2026, 9, 3), monitoring.NextReassessmentDue);

        // What the forms collected is in the case file: the assessment over the API, goals, agreement and services in the file.
        var assessment = Assert.Single((await (await app.AsAsync(CaseManager)).GetFromJsonAsync<List<AssessmentView>>(
            $"/api/cases/{created.Id}/assessments", Json))!);
        Assert.Equal([Lebensbereich.Sprache, Lebensbereich.BildungAnerkennung],
            assessment.Areas.Select(a => a.Lebensbereich));
        var file = await app.KimAsync(db => db.CaseFiles.AsNoTracking().SingleAsync(c => c.Id == created.Id));
        Assert.Equal(["Deutsch B1 bis Ende 2026", "Arbeit im erlernten Beruf"], file.Ergebnisziele.OrderByDescending(g => g.Lebensbereich == Lebensbereich.Sprache).Select(g => g.Description));
        Assert.Equal(2, Assert.Single(file.Zielvereinbarungen).AgreedGoalIds.Count);
        Assert.Equal(("Integrationskurs", ServiceStatus.Laufend), (Assert.Single(file.Services).Title, file.Services[0].Status));

        // reassessment-reminder: 14 days before 03.09.2026 08:00 Berlin the case manager gets a mail and a task
        var remindAt = await app.TimerDueAsync(cn, "Event_Erinnerungszeitpunkt");
        Assert.Equal(new DateTimeOffset(2026, 8, 20, 8, 0, 0, TimeSpan.FromHours(2)), remindAt);
        await app.AdvanceToAsync(remindAt);
        var reminder = await app.MailsAsync(CaseManagerMail, 1, "reminder mail");
        Assert.Contains(cn, reminder[0].Subject + reminder[0].TextBody, StringComparison.Ordinal);
        await app.TaskAsync(cn, "Task_ReAssessmentVorbereiten");

        await app.AdvanceToAsync(await app.TimerDueAsync(cn, "BoundaryEvent_ReassessmentFaellig"));
        await app.CompleteAsync(cn, "Task_ReAssessment", new { lastAssessmentAt = "2026-09-03", veraenderungen = "Deutsch B1 erreicht, Praktikum begonnen", reassessmentErgebnis = "abschluss" });
        await app.CompleteAsync(cn, "Task_Abschluss", new
        {
            abschlussAm = "2026-09-04", abschlussgrund = "ziele-erreicht", zielerreichung = "ueberwiegend", zielerreichungBeschreibung = "B1 erreicht, Ausbildung in Aussicht",
        });
        var closed = await app.CaseWhenAsync(created.Id!.Value, c => c.ClosedAt is not null, "case closed");
        Assert.Equal(CasePhase.Abgeschlossen, closed.Phase);
        Assert.Equal(ClosingReason.ZieleErreicht, closed.ClosingReason);
        Assert.Equal(GoalAchievement.UeberwiegendErreicht, closed.GoalAchievement);
        Assert.Empty(app.Smtp.To(CoordinationMail)); // done in time: no escalation
    }

    [Fact]
    public async Task Overdue_reassessment_escalates_7_days_after_to_the_district_coordination_without_the_client_name()
    {
        using var app = await StartAsync();
        var created = await app.IntakeAsync();
        var cn = created.CaseNumber;
        await ToMonitoringAsync(app, cn);
        await app.AdvanceToAsync(await app.TimerDueAsync(cn, "Event_Erinnerungszeitpunkt"));
        var escalateAt = await app.TimerDueAsync(cn, "Event_Ueberfaellig");
        Assert.Equal(new DateTimeOffset(2026, 9, 10, 8, 0, 0, TimeSpan.FromHours(2)), escalateAt);
        await app.AdvanceToAsync(escalateAt);
        var escalation = await app.MailsAsync(CoordinationMail, 1, "escalation mail");
        Assert.Contains("Südkreis", escalation[0].TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("Amira", escalation[0].TextBody, StringComparison.Ordinal);
        await app.TaskAsync(cn, "Task_ReAssessment");
        var overdue = await (await app.AsAsync(CaseManager)).GetFromJsonAsync<CaseListResponse>("/api/cases?overdue=true", Json);
        Assert.Contains(overdue!.Items, i => i.CaseNumber == cn && i.ReassessmentOverdue);
    }

    [Fact]
    public async Task Verweisberatung_closes_the_case_with_a_referral()
    {
        using var app = await StartAsync();
        var created = await app.IntakeAsync("Ahlen", "cm.ahlen");
        var cn = created.CaseNumber;
        await app.CompleteAsync(cn, "Task_Zugangssteuerung", new { zugangsweg = "jobcenter", teilnahmeFreiwillig = true }, "cm.ahlen");
        await app.CompleteAsync(cn, "Task_Erstberatung", new { erstberatungAm = "2026-03-02", anliegen = "SGB II", weiteresVorgehen = "verweisberatung" }, "cm.ahlen");
        await app.CompleteAsync(cn, "Task_Verweisberatung", new { verweisAn = "sgb2", verweisAm = "2026-03-04", uebergabeVereinbart = true }, "cm.ahlen");
        var closed = await app.CaseWhenAsync(created.Id!.Value, c => c.ClosedAt is not null, "case closed after the referral", "cm.ahlen");
        Assert.Equal(CasePhase.Abgeschlossen, closed.Phase);
        Assert.Equal(ClosingReason.VerweisberatungAbgeschlossen, closed.ClosingReason);
        // The cycle has ended: no conference can start any more.
        var late = await (await app.AsAsync("cm.ahlen")).PostAsJsonAsync($"/api/cases/{created.Id}/konsultationen", new { authority = "abh", topic = "25b" }, Json);
        Assert.Equal(System.Net.HttpStatusCode.Conflict, late.StatusCode);
    }
}
