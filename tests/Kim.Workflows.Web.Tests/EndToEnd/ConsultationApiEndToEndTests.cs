using System.Net;
using System.Net.Http.Json;
using Kim.Workflows.Domain.Consultations;
using Kim.Workflows.Web.Api;
using static Kim.Workflows.Web.Tests.EndToEnd.ApiEndToEndHost;

namespace Kim.Workflows.Web.Tests.EndToEnd;

/// <summary>
/// <c>abh-consultation</c> and <c>einbuergerung-consultation</c> over the web API: started from the case, answered by the authority
/// in its group inbox (<c>/api/tasks?view=group</c>), the answer mailed to the case manager; overdue answers escalate by the clock.
/// </summary>
public sealed class ConsultationApiEndToEndTests
{
    private const string Abh = "abh.bleiberecht";
    private const string Ebh = "ebh.einbuergerung";

    private static async Task<(ApiEndToEndHost App, CaseCreated Case)> AskedAsync(string authority, string topic, string partner, string category)
    {
        var app = await StartAsync();
        var created = await app.IntakeAsync();
        await app.ConsentAsync(created.Id!.Value, [partner], [category]);
        await app.ToAssessmentAsync(created.CaseNumber);
        var response = await (await app.AsAsync(CaseManager)).PostAsJsonAsync($"/api/cases/{created.Id}/konsultationen",
            new { authority, topic, question = "Sind die Voraussetzungen erfüllt?" }, Json);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var started = (await response.Content.ReadFromJsonAsync<CaseWorkStarted>(Json))!;
        Assert.Contains((await app.CaseAsync(created.Id!.Value)).Consultations, c => c.Id == started.Id);
        return (app, created);
    }

    private static object Answer(string result) => new
    {
        ergebnis = result, begruendung = "Prüfung nach Aktenlage",
        fehlendeUnterlagen = result == "unterlagen-fehlen" ? "Schulbescheinigungen 2023–2025\nPass" : null,
    };

    private static int MailsTo(ApiEndToEndHost app, string address) =>
        app.Smtp.Messages.Count(m => m.To.Mailboxes.Any(b => string.Equals(b.Address, address, StringComparison.OrdinalIgnoreCase)));

    [Fact]
    public async Task Abh_positive_answer_reaches_the_case_manager_and_the_case()
    {
        var (app, created) = await AskedAsync("abh", "25a", "abh", "aufenthalt");
        using var _ = app;
        var cn = created.CaseNumber;
        await app.CompleteAsync(cn, "Task_AnfrageStellen", new { anfrageThema = "25a", frage = "Sind die Voraussetzungen nach § 25a erfüllt?" });
        var request = await app.MailsAsync(AbhMail, 1, "request to the ABH");
        Assert.Contains("§ 25a", request[0].TextBody, StringComparison.Ordinal);
        await app.CompleteAsync(cn, "Task_Pruefen", Answer("positiv"), Abh, "group");
        var notice = await app.MailsAsync(CaseManagerMail, 1, "answer to the case manager");
        Assert.Contains(cn, notice[0].Subject + notice[0].TextBody, StringComparison.Ordinal);
        await app.CompleteAsync(cn, "Task_AntwortAuswerten", new { naechsteSchritte = "Antrag stellen" });
        var answered = await app.CaseWhenAsync(created.Id!.Value, c => c.Consultations.Single().Outcome is not null, "outcome recorded");
        Assert.Equal(ConsultationOutcome.Positiv, answered.Consultations.Single().Outcome);
        Assert.Equal(Authority.Auslaenderbehoerde, answered.Consultations.Single().Authority);
    }

    [Fact]
    public async Task Abh_documents_missing_loops_back_and_a_negative_decision_ends_negative()
    {
        var (app, created) = await AskedAsync("abh", "25b", "abh", "aufenthalt");
        using var _ = app;
        var cn = created.CaseNumber;
        await app.CompleteAsync(cn, "Task_AnfrageStellen", new { anfrageThema = "25b", frage = "Sind die Voraussetzungen nach § 25b erfüllt?" });
        await app.MailsAsync(AbhMail, 1, "request to the ABH");
        await app.CompleteAsync(cn, "Task_Pruefen", Answer("unterlagen-fehlen"), Abh, "group");
        var notice = await app.MailsAsync(CaseManagerMail, 1, "documents missing");
        Assert.Contains("Schulbescheinigungen", notice[0].TextBody, StringComparison.Ordinal);
        await app.CompleteAsync(cn, "Task_UnterlagenNachreichen", new { nachgereichteUnterlagen = "Schulbescheinigungen" });
        await app.MailsAsync(AbhMail, 2, "second request");
        await app.CompleteAsync(cn, "Task_Pruefen", Answer("negativ"), Abh, "group");
        await app.CompleteAsync(cn, "Task_AntwortAuswerten", new { naechsteSchritte = "Perspektive besprechen" });
        var answered = await app.CaseWhenAsync(created.Id!.Value, c => c.Consultations.Single().Outcome == ConsultationOutcome.Negativ, "negative outcome");
        Assert.NotNull(answered.Consultations.Single().AnsweredAt);
        Assert.Equal(2, app.Smtp.To(CaseManagerMail).Count);
    }

    [Fact]
    public async Task Ebh_precheck_positive_answer_reaches_the_case_manager()
    {
        var (app, created) = await AskedAsync("ebh", "10stag", "ebh", "einbuergerung");
        using var _ = app;
        var cn = created.CaseNumber;
        await app.CompleteAsync(cn, "Task_AnfrageStellen", new { anfrageThema = "stag10", frage = "Vorprüfung nach § 10 StAG erbeten." });
        await app.MailsAsync(EbhMail, 1, "request to the EBH");
        await app.CompleteAsync(cn, "Task_Pruefen", new { s10_aufenthalt = true, s10_identitaet = true, s10_deutschB1 = true, ergebnis = "positiv", begruendung = "Voraussetzungen erfüllt" },
            Ebh, "group");
        await app.MailsAsync(CaseManagerMail, 1, "answer to the case manager");
        await app.CompleteAsync(cn, "Task_AntwortAuswerten", new { ergebnis = "positiv", naechsteSchritte = "Antrag auf Einbürgerung stellen" });
        var answered = await app.CaseWhenAsync(created.Id!.Value, c => c.Consultations.Single().Outcome == ConsultationOutcome.Positiv, "positive outcome");
        Assert.Equal(Authority.Einbuergerungsbehoerde, answered.Consultations.Single().Authority);
    }

    [Fact]
    public async Task Ebh_without_an_answer_is_reminded_after_14_days_and_escalated_to_the_coordination_after_21()
    {
        var (app, created) = await AskedAsync("ebh", "10stag", "ebh", "einbuergerung");
        using var _ = app;
        var cn = created.CaseNumber;
        await app.CompleteAsync(cn, "Task_AnfrageStellen", new { anfrageThema = "stag10", frage = "Vorprüfung nach § 10 StAG erbeten." });
        await app.TaskAsync(cn, "Task_Pruefen", Ebh, "group");
        var before = MailsTo(app, EbhMail);
        await app.AdvanceToAsync(await app.TimerDueAsync(cn, "BoundaryEvent_Frist"));
        await Eventually.WaitForAsync(() => Task.FromResult(MailsTo(app, EbhMail)), n => n > before, "reminder to the EBH");
        Assert.Equal(0, MailsTo(app, CoordinationMail));
        await app.AdvanceToAsync(await app.TimerDueAsync(cn, "BoundaryEvent_Eskalation"));
        await Eventually.WaitForAsync(() => Task.FromResult(MailsTo(app, CoordinationMail)), n => n == 1, "escalation to the coordination");
        await app.TaskAsync(cn, "Task_Pruefen", Ebh, "group"); // non-interrupting: the EBH can still answer
    }
}
