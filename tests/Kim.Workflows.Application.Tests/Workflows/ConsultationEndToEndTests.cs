using Kim.Workflows.Application.Cases;
using Kim.Workflows.Application.Persistence;
using Kim.Workflows.Application.Tests.Support;
using Kim.Workflows.Domain.Consents;
using Kim.Workflows.Domain.Seeding;
using Kim.Workflows.Engine.Execution;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kim.Workflows.Application.Tests.Workflows;

/// <summary>ABH consultation through the runtime: request mail, documents missing, a negative decision; SMTP outages.</summary>
public sealed class ConsultationEndToEndTests
{
    private const string Abh = "abh.bleiberecht@kreis-warendorf.example";
    private const string CaseManager = "cm.sued1@kreis-warendorf.example";

    private static async Task<(AppHost App, string Case)> AskedAsync(bool consent = true)
    {
        var app = await AppHost.StartAsync();
        var (file, _) = await app.IntakeAsync();
        var cn = file.CaseNumber;
        if (consent)
        {
            await app.AddConsentAsync(file.Id, [DemoPartners.Auslaenderbehoerde], [DataCategory.Aufenthalt]);
        }

        await app.CompleteAsync(cn, "Task_Zugangssteuerung", new() { ["zugangsweg"] = "jobcenter", ["teilnahmeFreiwillig"] = true });
        await app.CompleteAsync(cn, "Task_Erstberatung", new() { ["erstberatungAm"] = "2026-03-02", ["anliegen"] = "Bleiberecht", ["weiteresVorgehen"] = "fallmanagement" });
        await app.WaitForTaskAsync(cn, "Task_Assessment");
        var started = await app.InScopeAsync(sp => sp.GetRequiredService<CaseWorkflowService>().StartBeratungAsync(cn, "abh", "cm.sued1"));
        Assert.True(started.Matched, started.Message);
        await app.CompleteAsync(cn, "Task_AnfrageStellen", new() { ["anfrageThema"] = "25b", ["frage"] = "Sind die Voraussetzungen erfüllt?", ["aktenzeichen"] = null });
        return (app, cn);
    }

    private static Dictionary<string, object?> Answer(string result) => new()
    {
        ["ergebnis"] = result, ["begruendung"] = "Prüfung nach Aktenlage",
        ["fehlendeUnterlagen"] = result == "unterlagen-fehlen" ? "Schulbescheinigungen 2023–2025\nPass" : null,
    };

    [Fact]
    public async Task Documents_missing_loops_back_and_a_negative_decision_ends_negative()
    {
        var (app, cn) = await AskedAsync();
        await using var _ = app;
        var request = await Eventually.WaitForAsync(() => Task.FromResult(app.Smtp.To(Abh)), l => l.Count == 1, "request to the ABH");
        Assert.Contains("§ 25b", request[0].TextBody, StringComparison.Ordinal);
        await app.CompleteAsync(cn, "Task_Pruefen", Answer("unterlagen-fehlen"));
        var notice = await Eventually.WaitForAsync(() => Task.FromResult(app.Smtp.To(CaseManager)), l => l.Count == 1, "answer to the case manager");
        Assert.Contains("Schulbescheinigungen", notice[0].TextBody, StringComparison.Ordinal);
        await app.CompleteAsync(cn, "Task_UnterlagenNachreichen", new() { ["nachgereichteUnterlagen"] = "Schulbescheinigungen" });
        await Eventually.WaitForAsync(() => Task.FromResult(app.Smtp.To(Abh)), l => l.Count == 2, "second request");
        await app.CompleteAsync(cn, "Task_Pruefen", Answer("negativ"));
        await app.CompleteAsync(cn, "Task_AntwortAuswerten", new() { ["naechsteSchritte"] = "Perspektive besprechen" });
        var consultation = await app.InstanceAsync(cn, "abh-consultation");
        await Eventually.WaitForAsync(async () => await app.StatusAsync(consultation) == InstanceStatus.Completed, "consultation ended");
        Assert.Equal(2, app.Smtp.To(CaseManager).Count);
    }

    [Fact]
    public async Task Smtp_down_for_a_while_is_retried_and_delivered_once()
    {
        var app = await AppHost.StartAsync();
        await using var _ = app;
        app.Smtp.Down = true;
        var (file, _) = await app.IntakeAsync();
        await app.AddConsentAsync(file.Id, [DemoPartners.Auslaenderbehoerde], [DataCategory.Aufenthalt]);
        var cn = file.CaseNumber;
        await app.CompleteAsync(cn, "Task_Zugangssteuerung", new() { ["zugangsweg"] = "jobcenter", ["teilnahmeFreiwillig"] = true });
        await app.CompleteAsync(cn, "Task_Erstberatung", new() { ["erstberatungAm"] = "2026-03-02", ["anliegen"] = "Bleiberecht", ["weiteresVorgehen"] = "fallmanagement" });
        await app.WaitForTaskAsync(cn, "Task_Assessment");
        await app.InScopeAsync(sp => sp.GetRequiredService<CaseWorkflowService>().StartBeratungAsync(cn, "abh", "cm.sued1"));
        await app.CompleteAsync(cn, "Task_AnfrageStellen", new() { ["anfrageThema"] = "25a", ["frage"] = "Frage" });
        await Eventually.WaitForAsync(() => Task.FromResult(app.Smtp.Refused >= 3), "three refused attempts");
        app.Smtp.Down = false;
        await app.WaitForTaskAsync(cn, "Task_Pruefen");
        await app.SettleAsync(cn);
        var delivered = app.Smtp.To(Abh);
        Assert.Single(delivered);
        await using var db = app.App();
        var row = await db.Mails.SingleAsync(m => m.CaseNumber == cn && m.Template == "behoerden-anfrage");
        Assert.Equal(MailStatus.Sent, row.Status);
        Assert.True(row.Attempts >= 4, $"attempts: {row.Attempts}");
        Assert.Equal(row.MessageId, delivered[0].MessageId);
    }

    [Fact]
    public async Task Smtp_down_beyond_the_retry_window_raises_an_incident_that_can_be_retried()
    {
        var app = await AppHost.StartAsync();
        await using var _ = app;
        app.Smtp.Down = true;
        var (file, _) = await app.IntakeAsync();
        await app.AddConsentAsync(file.Id, [DemoPartners.Auslaenderbehoerde], [DataCategory.Aufenthalt]);
        var cn = file.CaseNumber;
        await app.CompleteAsync(cn, "Task_Zugangssteuerung", new() { ["zugangsweg"] = "jobcenter", ["teilnahmeFreiwillig"] = true });
        await app.CompleteAsync(cn, "Task_Erstberatung", new() { ["erstberatungAm"] = "2026-03-02", ["anliegen"] = "Bleiberecht", ["weiteresVorgehen"] = "fallmanagement" });
        await app.WaitForTaskAsync(cn, "Task_Assessment");
        await app.InScopeAsync(sp => sp.GetRequiredService<CaseWorkflowService>().StartBeratungAsync(cn, "abh", "cm.sued1"));
        await app.CompleteAsync(cn, "Task_AnfrageStellen", new() { ["anfrageThema"] = "25a", ["frage"] = "Frage" });
        await Eventually.WaitForAsync(() => Task.FromResult(app.Smtp.Refused >= 2), "refused attempts");
        app.Time.Advance(TimeSpan.FromHours(25)); // the 24-hour window is over: the next failure gives up
        var incident = Assert.Single(await app.WaitForIncidentAsync(cn));
        Assert.Equal("Task_AnfrageSenden", incident.ElementId);
        Assert.Contains("Zustellung an " + Abh, incident.Message, StringComparison.Ordinal);
        Assert.Empty(app.Smtp.To(Abh));

        app.Smtp.Down = false;
        await app.Runtime.RetryIncidentAsync(incident.Id);
        await app.WaitForTaskAsync(cn, "Task_Pruefen");
        Assert.Single(app.Smtp.To(Abh));
    }

    [Fact]
    public async Task Without_consent_the_case_manager_decides_and_nothing_is_sent()
    {
        var (app, cn) = await AskedAsync(consent: false);
        await using var _ = app;
        await app.CompleteAsync(cn, "Task_EinwilligungFehlt", new() { ["vorgehenEinwilligung"] = "abbrechen" });
        var consultation = await app.InstanceAsync(cn, "abh-consultation");
        await Eventually.WaitForAsync(async () => await app.StatusAsync(consultation) == InstanceStatus.Completed, "consultation ended");
        Assert.Empty(app.Smtp.To(Abh));
    }
}
