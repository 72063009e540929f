using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Kim.Workflows.Domain.Conferences;
using Kim.Workflows.Web.Api;
using static Kim.Workflows.Web.Tests.EndToEnd.ApiEndToEndHost;

namespace Kim.Workflows.Web.Tests.EndToEnd;

/// <summary>
/// <c>fallkonferenz</c> over the web API: planned in the case (<c>POST /api/cases/{id}/fallkonferenzen</c>), consents recorded through
/// the API, invitations with iCalendar to a real SMTP server, partners answering through the signed links on this server.
/// </summary>
public sealed partial class FallkonferenzApiEndToEndTests
{
    private const string Jobcenter = "jobcenter-kreis-warendorf";
    private const string Jugendamt = "jugendamt-kreis-warendorf";

    private static async Task<(ApiEndToEndHost App, CaseCreated Case, Guid Conference)> PlannedAsync(bool consentForBoth = true)
    {
        var app = await StartAsync();
        var created = await app.IntakeAsync();
        await app.ConsentAsync(created.Id!.Value, consentForBoth ? [Jobcenter, Jugendamt] : [Jobcenter], ["arbeit", "familie"]);
        await app.ToAssessmentAsync(created.CaseNumber);
        var response = await (await app.AsAsync(CaseManager)).PostAsJsonAsync($"/api/cases/{created.Id}/fallkonferenzen", new
        {
            occasion = "Übergang Schule – Ausbildung", date = "2026-03-20", time = "14:00", durationMinutes = 90, location = "Kreishaus Warendorf, Raum 2.14",
            agenda = "Stand der Ziele\nAusbildungsplatz", partnerIds = new[] { Jobcenter, Jugendamt }, dataCategories = new[] { "arbeit", "familie" }, clientAttends = true,
        }, Json);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var started = (await response.Content.ReadFromJsonAsync<CaseWorkStarted>(Json))!;
        return (app, created, started.Id);
    }

    private static async Task<(ApiEndToEndHost App, CaseCreated Case, Guid Conference)> InvitedAsync()
    {
        var (app, created, conference) = await PlannedAsync();
        await app.MailsAsync(JobcenterMail, 1, "invitation to the Jobcenter");
        await app.MailsAsync(JugendamtMail, 1, "invitation to the Jugendamt");
        await app.WaitForSubscriptionAsync(created.CaseNumber, "Event_Antwort");
        return (app, created, conference);
    }

    private static async Task<HttpStatusCode> AnswerAsync(ApiEndToEndHost app, string link)
    {
        using var partner = app.Anonymous();
        Assert.Equal(HttpStatusCode.OK, (await partner.GetAsync(link)).StatusCode); // the confirm page; a prefetch answers nothing
        return (await partner.PostAsync(link, null)).StatusCode;
    }

    [Fact]
    public async Task Happy_path_invites_with_calendar_collects_answers_through_the_links_reminds_and_distributes_the_protocol()
    {
        var (app, created, conferenceId) = await InvitedAsync();
        using var _ = app;
        var cn = created.CaseNumber;
        var invitation = (await app.MailsAsync(JobcenterMail, 1, "invitation"))[0];
        Assert.Contains("Einladung zur Fallkonferenz am 20.03.2026", invitation.Subject!, StringComparison.Ordinal);
        Assert.DoesNotContain("Amira", invitation.TextBody, StringComparison.Ordinal);
        var ics = Calendar(invitation);
        Assert.Contains("METHOD:REQUEST", ics, StringComparison.Ordinal);
        Assert.Contains("DTSTART;TZID=Europe/Berlin:20260320T140000", ics, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.OK, await AnswerAsync(app, AnswerLinks(invitation)[0]));
        Assert.Equal(HttpStatusCode.Conflict, await AnswerAsync(app, AnswerLinks(invitation)[0])); // a used link changes nothing
        Assert.Equal(HttpStatusCode.OK, await AnswerAsync(app, AnswerLinks((await app.MailsAsync(JugendamtMail, 1, "invitation"))[0])[0]));
        var answered = await app.CaseWhenAsync(created.Id!.Value,
            c => c.Conferences.Single().Invitations.All(i => i.Answer == InvitationAnswer.Zugesagt), "both accepted");
        Assert.Equal(conferenceId, answered.Conferences.Single().Id);

        await app.AdvanceToAsync(await app.TimerDueAsync(cn, "Event_Vortag"));
        var reminder = await app.MailsAsync(JobcenterMail, 2, "reminder the day before");
        Assert.Contains(reminder, m => m.Subject!.Contains("Erinnerung", StringComparison.Ordinal));

        await app.CompleteAsync(cn, "Task_Durchfuehren", new { teilnehmende = "Jobcenter, Jugendamt", klientAnwesend = true });
        await app.CompleteAsync(cn, "Task_Protokoll", new
        {
            vereinbarteSchritte = "Praktikum vermitteln; Jobcenter; 2026-04-15\nSprachkurs B2 anmelden; KIM; 2026-05-01", protokollText = "Protokoll der Fallkonferenz",
        });
        var protocol = (await app.MailsAsync(JugendamtMail, 3, "protocol"))[^1];
        Assert.Contains(protocol.Attachments, a => a.ContentDisposition?.FileName?.StartsWith("protokoll-", StringComparison.Ordinal) == true);
        await app.TaskAsync(cn, "Task_Folgeaufgabe");
        var done = await app.CaseWhenAsync(created.Id!.Value, c => c.Conferences.Single().Status == ConferenceStatus.Protokolliert, "protocol recorded");
        Assert.Equal(2, done.Conferences.Single().AgreedSteps);
    }

    [Fact]
    public async Task A_partner_without_consent_is_not_invited_and_the_reason_is_visible()
    {
        var (app, created, _) = await PlannedAsync(consentForBoth: false);
        using var _ = app;
        var cn = created.CaseNumber;
        await app.TaskAsync(cn, "Task_NichtEingeladenePruefen");
        var planned = await app.CaseWhenAsync(created.Id!.Value, c => c.Conferences.Single().Invitations.Any(i => i.Answer == InvitationAnswer.NichtEingeladen),
            "the refusal recorded");
        var notInvited = Assert.Single(planned.Conferences.Single().Invitations, i => i.Answer == InvitationAnswer.NichtEingeladen);
        Assert.Equal("Jugendamt Kreis Warendorf", notInvited.PartnerName);
        Assert.Contains("Schweigepflichtentbindung", notInvited.NotInvitedReason, StringComparison.Ordinal);

        await app.CompleteAsync(cn, "Task_NichtEingeladenePruefen", new { vorgehenOhneEinwilligung = "fortsetzen" });
        await app.MailsAsync(JobcenterMail, 1, "invitation to the partner with consent");
        await app.CaseWhenAsync(created.Id!.Value, c => c.Conferences.Single().Status == ConferenceStatus.Eingeladen, "invited");
        Assert.Empty(app.Smtp.To(JugendamtMail));
    }

    [Fact]
    public async Task A_declined_invitation_asks_the_case_manager()
    {
        var (app, created, _) = await InvitedAsync();
        using var _ = app;
        Assert.Equal(HttpStatusCode.OK, await AnswerAsync(app, AnswerLinks((await app.MailsAsync(JobcenterMail, 1, "invitation"))[0])[0]));
        Assert.Equal(HttpStatusCode.OK, await AnswerAsync(app, AnswerLinks((await app.MailsAsync(JugendamtMail, 1, "invitation"))[0])[1]));
        await app.TaskAsync(created.CaseNumber, "Task_RueckmeldungenPruefen");
        var summary = await app.CaseAsync(created.Id!.Value);
        Assert.Contains(summary.Conferences.Single().Invitations, i => i.Answer == InvitationAnswer.Abgesagt && i.PartnerName == "Jugendamt Kreis Warendorf");
    }

    [Fact]
    public async Task The_deadline_passing_without_answers_asks_the_case_manager_and_late_links_change_nothing()
    {
        var (app, created, _) = await InvitedAsync();
        using var _ = app;
        var invitation = (await app.MailsAsync(JobcenterMail, 1, "invitation"))[0];
        var deadline = await app.TimerDueAsync(created.CaseNumber, "Event_Frist");
        Assert.Equal(new DateTimeOffset(2026, 3, 18, 14, 0, 0, TimeSpan.FromHours(1)), deadline);
        await app.AdvanceToAsync(deadline);
        await app.TaskAsync(created.CaseNumber, "Task_RueckmeldungenPruefen");
        Assert.Equal(HttpStatusCode.Conflict, await AnswerAsync(app, AnswerLinks(invitation)[0]));
        Assert.All((await app.CaseAsync(created.Id!.Value)).Conferences.Single().Invitations, i => Assert.Equal(InvitationAnswer.Offen, i.Answer));
    }

    [Fact]
    public async Task Rescheduling_sends_updated_invitations_and_cancelling_sends_a_cancel()
    {
        var (app, created, conferenceId) = await InvitedAsync();
        using var _ = app;
        var client = await app.AsAsync(CaseManager);
        var first = (await app.MailsAsync(JobcenterMail, 1, "invitation"))[0];
        var past = await client.PostAsJsonAsync($"/api/cases/{created.Id}/fallkonferenzen/{conferenceId}/verschiebung",
            new { date = "2026-02-27", time = "10:00", reason = "Krankheit" }, Json);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, past.StatusCode);
        Assert.Contains("Vergangenheit", await past.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var moved = await client.PostAsJsonAsync($"/api/cases/{created.Id}/fallkonferenzen/{conferenceId}/verschiebung",
            new { date = "2026-03-27", time = "10:00", reason = "Krankheit" }, Json);
        Assert.Equal(HttpStatusCode.NoContent, moved.StatusCode);
        var changed = (await app.MailsAsync(JobcenterMail, 2, "changed invitation"))[^1];
        Assert.Contains("Terminänderung", changed.Subject!, StringComparison.Ordinal);
        Assert.Equal(Uid().Match(Calendar(first)).Groups[1].Value, Uid().Match(Calendar(changed)).Groups[1].Value);
        Assert.Contains("SEQUENCE:1", Calendar(changed), StringComparison.Ordinal);
        Assert.Contains("DTSTART;TZID=Europe/Berlin:20260327T100000", Calendar(changed), StringComparison.Ordinal);
        await app.MailsAsync(JugendamtMail, 2, "changed invitation to the Jugendamt");
        await app.CaseWhenAsync(created.Id!.Value, c => c.Conferences.Single().ScheduledAt == new DateTimeOffset(2026, 3, 27, 10, 0, 0, TimeSpan.FromHours(1)),
            "the new date in the case");

        await app.WaitForSubscriptionAsync(created.CaseNumber, "Event_Antwort");
        var cancelled = await client.PostAsJsonAsync($"/api/cases/{created.Id}/fallkonferenzen/{conferenceId}/absage", new { reason = "Klient verzogen" }, Json);
        Assert.Equal(HttpStatusCode.NoContent, cancelled.StatusCode);
        var cancel = (await app.MailsAsync(JobcenterMail, 3, "cancellation"))[^1];
        Assert.Contains("METHOD:CANCEL", Calendar(cancel), StringComparison.Ordinal);
        await app.CaseWhenAsync(created.Id!.Value, c => c.Conferences.Single().Status == ConferenceStatus.Abgesagt, "conference cancelled");
        var again = await client.PostAsJsonAsync($"/api/cases/{created.Id}/fallkonferenzen/{conferenceId}/absage", new { reason = "doppelt" }, Json);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
    }

    [GeneratedRegex(@"UID:(\S+)")]
    private static partial Regex Uid();
}
