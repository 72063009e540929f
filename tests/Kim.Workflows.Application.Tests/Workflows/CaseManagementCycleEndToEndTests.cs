using Kim.Workflows.Application.Tests.Support;
using Kim.Workflows.Domain.Assessment;
using Kim.Workflows.Domain.Cases;
using Kim.Workflows.Domain.Controlling;
using Kim.Workflows.Domain.Persistence;
using Kim.Workflows.Domain.Services;
using Kim.Workflows.Engine.Execution;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kim.Workflows.Application.Tests.Workflows;

/// <summary>The cycle and its reminder through the real runtime, Hangfire, SMTP and a fake clock.</summary>
public sealed class CaseManagementCycleEndToEndTests
{
    internal static async Task<Fallakte> ToMonitoringAsync(AppHost app)
    {
        var (file, _) = await app.IntakeAsync();
        var cn = file.CaseNumber;
        await app.CompleteAsync(cn, "Task_Zugangssteuerung", new() { ["zugangsweg"] = "jobcenter", ["teilnahmeFreiwillig"] = true });
        await app.CompleteAsync(cn, "Task_Erstberatung", new() { ["erstberatungAm"] = "2026-03-02", ["anliegen"] = "Arbeit", ["weiteresVorgehen"] = "fallmanagement" });
        await AssessAsync(app, cn);
        await AgreeAsync(app, cn);
        await app.CompleteAsync(cn, "Task_Leistungssteuerung", new() { ["leistungen"] = "Integrationskurs B1; Volkshochschule; angefragt\nVerweisberatung SGB II; Jobcenter; geplant" });
        await app.WaitForTaskAsync(cn, "Task_Monitoring");
        return file;
    }

    private static Task AssessAsync(AppHost app, string cn) =>
        app.CompleteAsync(cn, "Task_Assessment", new()
        {
            ["lastAssessmentAt"] = "2026-03-03", ["bedarfSprache"] = "dringend", ["lbSprache"] = "A2, Kurs fehlt", ["bedarfArbeit"] = "bedarf",
            ["ressourcenArbeit"] = "Berufserfahrung als Schneiderin", ["assessmentZusammenfassung"] = "Sprache, Arbeit",
        });

    private static async Task AgreeAsync(AppHost app, string cn)
    {
        await app.CompleteAsync(cn, "Task_Ergebnisziele", new()
        {
            ["ergebnisziele"] = "Sprache: Deutsch B1; 31.12.2026\n- Integrationskurs anmelden; Klient/in\nArbeit im erlernten Beruf", ["lebensbereich"] = "arbeit",
        });
        await app.CompleteAsync(cn, "Task_Zielvereinbarung", new() { ["zielvereinbarungAm"] = "2026-03-10", ["vereinbarteZiele"] = "B1 und Arbeit", ["vereinbarungUnterzeichnet"] = true });
    }

    private static Task<Fallakte> FileAsync(AppHost app, Guid id) =>
        app.InScopeAsync(sp => sp.GetRequiredService<KimDbContext>().CaseFiles.AsNoTracking().SingleAsync(c => c.Id == id));

    /// <summary>The Kreis-wide count of cases with a Zielvereinbarung in 2026, as the coordination's dashboard shows it.</summary>
    private static Task<decimal?> AgreedCasesAsync(AppHost app) =>
        app.InScopeAsync(async sp =>
        {
            var controlling = new ControllingService(new ControllingFactsLoader(sp.GetRequiredService<KimDbContext>()), app.Time);
            var report = await controlling.BuildAsync(ControllingPeriod.Year(2026), null);
            return report.Table("zielvereinbarung")!.Rows.Single(r => r.Label == "Mit Zielvereinbarung").Cells[0].Value;
        });

    [Fact]
    public async Task What_the_forms_collect_lands_in_the_case_file_and_the_agreement_counts_in_controlling()
    {
        await using var app = await AppHost.StartAsync();
        var (file, _) = await app.IntakeAsync();
        var cn = file.CaseNumber;
        await app.CompleteAsync(cn, "Task_Zugangssteuerung", new() { ["zugangsweg"] = "jobcenter", ["teilnahmeFreiwillig"] = true });
        await app.CompleteAsync(cn, "Task_Erstberatung", new() { ["erstberatungAm"] = "2026-03-02", ["anliegen"] = "Arbeit", ["weiteresVorgehen"] = "fallmanagement" });
        await AssessAsync(app, cn);
        await app.WaitForTaskAsync(cn, "Task_Ergebnisziele");
        var before = await AgreedCasesAsync(app);

        await AgreeAsync(app, cn);
        await app.WaitForTaskAsync(cn, "Task_Leistungssteuerung");
        Assert.NotNull(before);
        Assert.Equal(before + 1, await AgreedCasesAsync(app));

        await app.CompleteAsync(cn, "Task_Leistungssteuerung", new() { ["leistungen"] = "Integrationskurs B1; Volkshochschule; angefragt\nVerweisberatung SGB II; Jobcenter; geplant" });
        await app.WaitForTaskAsync(cn, "Task_Monitoring");
        var stored = await FileAsync(app, file.Id);
        var assessment = Assert.Single(stored.Assessments);
        Assert.Equal([Lebensbereich.Sprache, Lebensbereich.Arbeit], assessment.Areas.Select(a => a.Lebensbereich).Order());
        Assert.Equal((new DateOnly(2026, 3, 3), "Sprache, Arbeit"), (assessment.AssessedOn, assessment.Summary));
        Assert.Equal([(Lebensbereich.Sprache, "Deutsch B1"), (Lebensbereich.Arbeit, "Arbeit im erlernten Beruf")],
            stored.Ergebnisziele.OrderByDescending(g => g.TargetDate).Select(g => (g.Lebensbereich, g.Description)));
        var agreement = Assert.Single(stored.Zielvereinbarungen);
        Assert.Equal(stored.Ergebnisziele.Select(g => g.Id).Order(), agreement.AgreedGoalIds.Order());
        Assert.True(agreement.SignedByClient);
        Assert.Equal([(ServiceKind.Leistung, (Rechtskreis?)null), (ServiceKind.Verweisberatung, Rechtskreis.SgbII)],
            stored.Services.OrderBy(s => s.Kind).Select(s => (s.Kind, s.TargetRechtskreis)));
        Assert.Equal(new DateOnly(2026, 9, 3), stored.NextReassessmentDue);
        var log = await app.InScopeAsync(sp => sp.GetRequiredService<KimDbContext>().AccessLog.AsNoTracking().Where(e => e.CaseId == file.Id).Select(e => e.What).ToListAsync());
        Assert.Equal(["Assessment (Workflow)", "Ergebnisziel (Workflow)", "Zielvereinbarung (Workflow)", "Leistung (Workflow)"], log.Where(w => w!.EndsWith("(Workflow)", StringComparison.Ordinal)));
        Assert.Empty(await app.IncidentsAsync(cn));
    }

    [Fact]
    public async Task Happy_path_records_phases_plans_reminds_by_mail_and_closes()
    {
        await using var app = await AppHost.StartAsync();
        var file = await ToMonitoringAsync(app);
        var cn = file.CaseNumber;

        // the thrown ReAssessment_Geplant started the reminder for the same case; reminder 14 days before 03.09.2026 08:00 Berlin
        var reminder = await app.InstanceAsync(cn, "reassessment-reminder");
        var remindAt = await app.TimerDueAsync(cn, "Event_Erinnerungszeitpunkt");
        Assert.Equal(new DateTimeOffset(2026, 8, 20, 8, 0, 0, TimeSpan.FromHours(2)), remindAt);
        await app.AdvanceToAsync(remindAt);
        var mail = await Eventually.WaitForAsync(() => Task.FromResult(app.Smtp.To("cm.sued1@kreis-warendorf.example")), l => l.Count == 1, "reminder mail");
        Assert.Contains(cn, mail[0].Subject + mail[0].TextBody, StringComparison.Ordinal);
        await app.WaitForTaskAsync(cn, "Task_ReAssessmentVorbereiten");

        await app.AdvanceToAsync(await app.TimerDueAsync(cn, "BoundaryEvent_ReassessmentFaellig"));
        await app.CompleteAsync(cn, "Task_ReAssessment", new()
        {
            ["lastAssessmentAt"] = "2026-09-03", ["bedarfSprache"] = "gering", ["veraenderungen"] = "B1 erreicht", ["zielstand"] = "Sprache erreicht", ["reassessmentErgebnis"] = "abschluss",
        });
        await Eventually.WaitForAsync(async () => await app.StatusAsync(reminder) == InstanceStatus.Completed, "reminder ended by ReAssessment_Erledigt");
        await app.CompleteAsync(cn, "Task_Abschluss", new() { ["abschlussAm"] = "2026-09-04", ["abschlussgrund"] = "ziele-erreicht", ["zielerreichung"] = "ueberwiegend",
            ["zielerreichungBeschreibung"] = "B1 erreicht, Ausbildung in Aussicht" });
        var cycle = await app.InstanceAsync(cn, "case-management-cycle");
        await Eventually.WaitForAsync(async () => await app.StatusAsync(cycle) == InstanceStatus.Completed, "cycle completed");

        var phases = await app.InScopeAsync(sp => sp.GetRequiredService<KimDbContext>().PhaseChanges
            .Where(p => p.CaseId == file.Id).OrderBy(p => p.EnteredAt).Select(p => p.Phase).ToListAsync());
        Assert.Equal([CasePhase.Zugangssteuerung, CasePhase.Erstberatung, CasePhase.Assessment, CasePhase.Zielplanung, CasePhase.Zielvereinbarung,
            CasePhase.Leistungssteuerung, CasePhase.Monitoring, CasePhase.ReAssessment, CasePhase.Abgeschlossen], phases.Distinct());

        // The main path closes the file with the reason and goal achievement of the task "Fall abschließen".
        var closed = await app.InScopeAsync(sp => sp.GetRequiredService<KimDbContext>().Cases.AsNoTracking().SingleAsync(c => c.Id == file.Id));
        Assert.Equal(CasePhase.Abgeschlossen, closed.Phase);
        Assert.Equal(ClosingReason.ZieleErreicht, closed.ClosingReason);
        Assert.Equal(GoalAchievement.UeberwiegendErreicht, closed.GoalAchievement);
        Assert.Equal("B1 erreicht, Ausbildung in Aussicht", closed.GoalAchievementNote);
        Assert.NotNull(closed.ClosedAt);
        var reassessment = (await FileAsync(app, file.Id)).Assessments.Single(a => a.IsReassessment);
        Assert.Equal((new DateOnly(2026, 9, 3), "B1 erreicht\n\nStand der Ergebnisziele: Sprache erreicht"), (reassessment.AssessedOn, reassessment.Summary));
        // The re-assessment form uses the assessment's field ids, so it starts from the last ratings: Arbeit stays, Sprache changed.
        Assert.Equal([(Lebensbereich.Sprache, NeedLevel.GeringerBedarf), (Lebensbereich.Arbeit, NeedLevel.Bedarf)],
            reassessment.Areas.OrderBy(a => a.Lebensbereich).Select(a => (a.Lebensbereich, a.NeedLevel)));
        Assert.Empty(await app.IncidentsAsync(cn));
    }

    [Fact]
    public async Task Overdue_reassessment_escalates_to_the_district_coordination_by_mail()
    {
        await using var app = await AppHost.StartAsync();
        var file = await ToMonitoringAsync(app);
        await app.AdvanceToAsync(await app.TimerDueAsync(file.CaseNumber, "Event_Erinnerungszeitpunkt"));
        var escalateAt = await app.TimerDueAsync(file.CaseNumber, "Event_Ueberfaellig");
        Assert.Equal(new DateTimeOffset(2026, 9, 10, 8, 0, 0, TimeSpan.FromHours(2)), escalateAt);
        await app.AdvanceToAsync(escalateAt);
        var mail = await Eventually.WaitForAsync(() => Task.FromResult(app.Smtp.To("koord.sued@kreis-warendorf.example")), l => l.Count == 1, "escalation mail");
        Assert.Contains("Südkreis", mail[0].TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("Amira", mail[0].TextBody, StringComparison.Ordinal); // the coordination never gets the client's name
        await app.WaitForTaskAsync(file.CaseNumber, "Task_ReAssessment");
    }

    [Fact]
    public async Task Verweisberatung_closes_the_case_file_with_a_referral()
    {
        await using var app = await AppHost.StartAsync();
        var (file, cycle) = await app.IntakeAsync("Ahlen", "cm.ahlen");
        var cn = file.CaseNumber;
        await app.CompleteAsync(cn, "Task_Zugangssteuerung", new() { ["zugangsweg"] = "jobcenter", ["teilnahmeFreiwillig"] = true });
        await app.CompleteAsync(cn, "Task_Erstberatung", new() { ["erstberatungAm"] = "2026-03-02", ["anliegen"] = "SGB II", ["weiteresVorgehen"] = "verweisberatung" });
        await app.CompleteAsync(cn, "Task_Verweisberatung", new() { ["verweisAn"] = "sgb2", ["verweisAm"] = "2026-03-04", ["uebergabeVereinbart"] = true });
        await Eventually.WaitForAsync(async () => await app.StatusAsync(cycle) == InstanceStatus.Completed, "cycle ended");
        var stored = await app.InScopeAsync(sp => sp.GetRequiredService<KimDbContext>().Cases.AsNoTracking().SingleAsync(c => c.Id == file.Id));
        Assert.Equal(CasePhase.Abgeschlossen, stored.Phase);
        Assert.Equal(ClosingReason.VerweisberatungAbgeschlossen, stored.ClosingReason);
    }
}
