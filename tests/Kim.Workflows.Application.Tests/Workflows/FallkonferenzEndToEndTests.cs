using System.Text.RegularExpressions;
using Kim.Workflows.Application.Answers;
using Kim.Workflows.Application.Cases;
using Kim.Workflows.Application.Tests.Support;
using Kim.Workflows.Domain.Consents;
using Kim.Workflows.Domain.Seeding;
using Kim.Workflows.Engine.Execution;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace Kim.Workflows.Application.Tests.Workflows;

/// <summary>Fallkonferenz through the runtime: consent, invitations with iCalendar and signed links, answers, reminder, protocol.</summary>
public sealed partial class FallkonferenzEndToEndTests
{
    private const string Jobcenter = "erika.beispielhaft@jobcenter.example";
    private const string Jugendamt = "stefan.fallbeispiel@jugendamt-kreis.example";

    private static async Task<(AppHost App, string Case)> PlannedAsync(bool consentForBoth = true)
    {
        var app = await AppHost.StartAsync();
        var (file, _) = await app.IntakeAsync();
        var cn = file.CaseNumber;
        await app.AddConsentAsync(file.Id, consentForBoth ? [DemoPartners.Jobcenter, DemoPartners.JugendamtKreis] : [DemoPartners.Jobcenter],
            [DataCategory.Arbeit, DataCategory.FamilieSchuleKita]);
        await app.CompleteAsync(cn, "Task_Zugangssteuerung", new() { ["zugangsweg"] = "jobcenter", ["teilnahmeFreiwillig"] = true });
        await app.CompleteAsync(cn, "Task_Erstberatung", new() { ["erstberatungAm"] = "2026-03-02", ["anliegen"] = "Ausbildung", ["weiteresVorgehen"] = "fallmanagement" });
        await app.WaitForTaskAsync(cn, "Task_Assessment");
        var started = await app.InScopeAsync(sp => sp.GetRequiredService<CaseWorkflowService>().StartBeratungAsync(cn, "fallkonferenz", "cm.sued1"));
        Assert.True(started.Matched, started.Message);
        await app.CompleteAsync(cn, "Task_Planen", new()
        {
            ["anlass"] = "Übergang Schule – Ausbildung", ["conferenceDate"] = "2026-03-20", ["conferenceTime"] = "14:00", ["durationMinutes"] = 90L,
            ["location"] = "Kreishaus Warendorf, Raum 2.14", ["videoLink"] = null, ["agenda"] = "Stand der Ziele\nAusbildungsplatz",
            ["partnerIds"] = "jobcenter-kreis-warendorf, jugendamt-kreis-warendorf", ["dataCategoryIds"] = "arbeit, familie", ["clientAttends"] = true,
        });
        return (app, cn);
    }

    private static async Task<(AppHost App, string Case)> InvitedAsync()
    {
        var (app, cn) = await PlannedAsync();
        await MailsAsync(app, Jobcenter, 1, "invitation to the Jobcenter");
        await MailsAsync(app, Jugendamt, 1, "invitation to the Jugendamt");
        await app.WaitForAsync(cn, "Event_Antwort");
        return (app, cn);
    }

    private static Task<IReadOnlyList<MimeMessage>> MailsAsync(AppHost app, string to, int count, string what) =>
        Eventually.WaitForAsync(() => Task.FromResult(app.Smtp.To(to)), l => l.Count >= count, what);

    private static string Calendar(MimeMessage mail) =>
        System.Text.Encoding.UTF8.GetString(((MimePart)mail.Attachments.Single(a => a.ContentType.MimeType == "text/calendar")).Content!.Open().ReadAllBytes());

    private static string Link(MimeMessage mail, int index) => AnswerLink().Matches(mail.TextBody!)[index].Groups[1].Value;

    private static Task<AnswerOutcome> AnswerAsync(AppHost app, string token) =>
        app.InScopeAsync(sp => sp.GetRequiredService<PartnerAnswerService>().AnswerAsync(token));

    [Fact]
    public async Task Happy_path_invites_with_calendar_and_links_collects_answers_reminds_and_distributes_the_protocol()
    {
        var (app, cn) = await InvitedAsync();
        await using var _ = app;
        var invitation = (await MailsAsync(app, Jobcenter, 1, "invitation to the Jobcenter"))[0];
        await MailsAsync(app, Jugendamt, 1, "invitation to the Jugendamt");
        Assert.Contains("Einladung zur Fallkonferenz am 20.03.2026", invitation.Subject!, StringComparison.Ordinal);
        Assert.DoesNotContain("Amira", invitation.TextBody, StringComparison.Ordinal); // partners get the case number only
        var ics = Calendar(invitation);
        Assert.Contains("METHOD:REQUEST", ics, StringComparison.Ordinal);
        Assert.Contains("SEQUENCE:0", ics, StringComparison.Ordinal);
        Assert.Contains("DTSTART;TZID=Europe/Berlin:20260320T140000", ics, StringComparison.Ordinal);

        Assert.Equal(AnswerStatus.Recorded, (await AnswerAsync(app, Link(invitation, 0))).Status);
        Assert.Equal(AnswerStatus.Replayed, (await AnswerAsync(app, Link(invitation, 0))).Status);
        var other = (await MailsAsync(app, Jugendamt, 1, "invitation"))[0];
        Assert.Equal(AnswerStatus.Recorded, (await AnswerAsync(app, Link(other, 0))).Status);

        await app.AdvanceToAsync(await app.TimerDueAsync(cn, "Event_Vortag"));
        var reminder = await MailsAsync(app, Jobcenter, 2, "reminder the day before");
        Assert.Contains(reminder, m => m.Subject!.Contains("Erinnerung", StringComparison.Ordinal));

        await app.CompleteAsync(cn, "Task_Durchfuehren", new() { ["teilnehmende"] = "Jobcenter, Jugendamt", ["klientAnwesend"] = true });
        await app.CompleteAsync(cn, "Task_Protokoll", new()
        {
            ["vereinbarteSchritte"] = "Praktikum vermitteln; Jobcenter; 2026-04-15\nSprachkurs B2 anmelden; KIM; 2026-05-01", ["protokollText"] = "Protokoll der Fallkonferenz",
        });
        var protocol = (await MailsAsync(app, Jugendamt, 3, "protocol"))[^1];
        Assert.Contains(protocol.Attachments, a => a.ContentDisposition?.FileName?.StartsWith("protokoll-", StringComparison.Ordinal) == true);
        await app.WaitForTaskAsync(cn, "Task_Folgeaufgabe");
        await app.SettleAsync(cn);
        Assert.Empty(await app.IncidentsAsync(cn));
    }

    [Fact]
    public async Task Tampered_and_expired_links_are_refused_and_change_nothing()
    {
        var (app, cn) = await InvitedAsync();
        await using var _ = app;
        var invitation = (await MailsAsync(app, Jobcenter, 1, "invitation"))[0];
        var token = Link(invitation, 1);
        var tampered = token[..^2] + (token[^2] == 'A' ? "BA" : "AA");
        Assert.Equal(AnswerStatus.Tampered, (await AnswerAsync(app, tampered)).Status);
        Assert.Equal(AnswerStatus.Malformed, (await AnswerAsync(app, "kaputt")).Status);

        app.Time.SetUtcNow(new DateTimeOffset(2026, 3, 21, 12, 0, 0, TimeSpan.Zero)); // after the conference: the link expired
        Assert.Equal(AnswerStatus.Expired, (await AnswerAsync(app, token)).Status);
        var conference = await app.InstanceAsync(cn, "fallkonferenz");
        Assert.Equal(InstanceStatus.Running, await app.StatusAsync(conference));
        Assert.Contains("Event_Antwort", await app.DescribeAsync(cn), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Declined_invitation_asks_the_case_manager()
    {
        var (app, cn) = await InvitedAsync();
        await using var _ = app;
        Assert.Equal(AnswerStatus.Recorded, (await AnswerAsync(app, Link((await MailsAsync(app, Jobcenter, 1, "invitation"))[0], 0))).Status);
        Assert.Equal(AnswerStatus.Recorded, (await AnswerAsync(app, Link((await MailsAsync(app, Jugendamt, 1, "invitation"))[0], 1))).Status);
        await app.WaitForTaskAsync(cn, "Task_RueckmeldungenPruefen");
    }

    [Fact]
    public async Task Deadline_without_answers_asks_the_case_manager_and_late_links_change_nothing()
    {
        var (app, cn) = await InvitedAsync();
        await using var _ = app;
        var invitation = (await MailsAsync(app, Jobcenter, 1, "invitation"))[0];
        var deadline = await app.TimerDueAsync(cn, "Event_Frist");
        Assert.Equal(new DateTimeOffset(2026, 3, 18, 14, 0, 0, TimeSpan.FromHours(1)), deadline);
        await app.AdvanceToAsync(deadline);
        await app.WaitForTaskAsync(cn, "Task_RueckmeldungenPruefen");
        Assert.Equal(AnswerStatus.NotWaiting, (await AnswerAsync(app, Link(invitation, 0))).Status);
    }

    [Fact]
    public async Task Rescheduling_sends_changed_invitations_with_the_same_uid_and_a_higher_sequence()
    {
        var (app, cn) = await InvitedAsync();
        await using var _ = app;
        var first = (await MailsAsync(app, Jobcenter, 1, "invitation"))[0];
        var conference = await app.InstanceAsync(cn, "fallkonferenz");
        var moved = await app.Runtime.CorrelateMessageAsync("Fallkonferenz_Verschoben", cn, null,
            new Dictionary<string, object?> { ["conferenceDate"] = "2026-03-27", ["conferenceTime"] = "10:00", ["aenderungsgrund"] = "Krankheit" });
        Assert.True(moved.Matched, moved.Message);
        var changed = (await MailsAsync(app, Jobcenter, 2, "changed invitation"))[^1];
        Assert.Contains("Terminänderung", changed.Subject!, StringComparison.Ordinal);
        var uid = Uid().Match(Calendar(first)).Groups[1].Value;
        Assert.Equal(uid, Uid().Match(Calendar(changed)).Groups[1].Value);
        Assert.Contains("SEQUENCE:1", Calendar(changed), StringComparison.Ordinal);

        await app.WaitForAsync(cn, "Event_Antwort");
        await app.Runtime.CorrelateMessageAsync("Fallkonferenz_Abgesagt", cn, null, new Dictionary<string, object?> { ["absagegrund"] = "Klient verzogen" });
        var cancel = (await MailsAsync(app, Jobcenter, 3, "cancellation"))[^1];
        Assert.Contains("METHOD:CANCEL", Calendar(cancel), StringComparison.Ordinal);
        Assert.Contains("SEQUENCE:2", Calendar(cancel), StringComparison.Ordinal);
        await Eventually.WaitForAsync(async () => await app.StatusAsync(conference) == InstanceStatus.Completed, "conference cancelled");
    }

    [Fact]
    public async Task Partner_without_consent_is_not_invited_and_the_case_manager_sees_why()
    {
        var (app, cn) = await PlannedAsync(consentForBoth: false);
        await using var _ = app;
        await app.WaitForTaskAsync(cn, "Task_NichtEingeladenePruefen");
        await app.CompleteAsync(cn, "Task_NichtEingeladenePruefen", new() { ["vorgehenOhneEinwilligung"] = "fortsetzen" });
        await MailsAsync(app, Jobcenter, 1, "invitation to the partner with consent");
        await app.SettleAsync(cn);
        Assert.Empty(app.Smtp.To(Jugendamt));
    }

    [Fact]
    public async Task A_consent_revoked_after_the_invitation_stops_the_reminder_with_an_incident()
    {
        var (app, cn) = await InvitedAsync();
        await using var _ = app;
        var invitation = (await MailsAsync(app, Jobcenter, 1, "invitation"))[0];
        await AnswerAsync(app, Link(invitation, 0));
        await AnswerAsync(app, Link((await MailsAsync(app, Jugendamt, 1, "invitation"))[0], 0));
        await app.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<Kim.Workflows.Domain.Persistence.KimDbContext>();
            foreach (var consent in db.Consents)
            {
                consent.RevokedAt = app.Time.GetUtcNow();
            }

            return await db.SaveChangesAsync();
        });
        await app.AdvanceToAsync(await app.TimerDueAsync(cn, "Event_Vortag"));
        var incident = Assert.Single(await app.WaitForIncidentAsync(cn));
        Assert.Equal("Task_Erinnern", incident.ElementId);
        Assert.Contains("widerrufen", incident.Message, StringComparison.Ordinal);
        Assert.Single(app.Smtp.To(Jobcenter)); // only the invitation went out
    }

    [GeneratedRegex(@"https://kim\.test/antwort/(\S+)")]
    private static partial Regex AnswerLink();

    [GeneratedRegex(@"UID:(\S+)")]
    private static partial Regex Uid();
}

internal static class StreamExtensions
{
    public static byte[] ReadAllBytes(this Stream stream)
    {
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
