using System.Text.RegularExpressions;
using Kim.Workflows.Application.Tests.Support;
using Kim.Workflows.Domain.Findings;
using Kim.Workflows.Domain.Persistence;
using Kim.Workflows.Domain.Seeding;
using Kim.Workflows.Engine.Execution;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace Kim.Workflows.Application.Tests.Workflows;

/// <summary>Lenkungsgruppe through the runtime: invitations with iCalendar to every member, reminder, decisions on meeting and topics, protocol.</summary>
public sealed partial class LenkungsgruppeEndToEndTests
{
    private static readonly string[] MemberAddresses =
    [
        "sozialamt@kreis-warendorf.example", "schulamt@kreis-warendorf.example", "kontakt@jugendamt-kreis.example", "kontakt@jobcenter.example",
        "kontakt@arbeitsagentur.example", "kontakt@abh.example", "kontakt@ebh.example", "kontakt@caritas-demo.example", "kontakt@diakonie-demo.example",
        "kontakt@awo-demo.example", "integration@ahlen.example", "integration@beckum.example",
        "buergermeister-suedkreis@kommunen-warendorf.example", "buergermeister-nordkreis@kommunen-warendorf.example",
    ];

    private sealed record Setup(AppHost App, Guid MeetingId, Guid LanguageTopic, Guid RecognitionTopic)
    {
        public string Key => MeetingId.ToString();
    }

    private static async Task<Setup> InvitedAsync()
    {
        var app = await AppHost.StartAsync(new DateTimeOffset(2026, 6, 1, 8, 0, 0, TimeSpan.Zero));
        var meeting = new LenkungsgruppeMeeting { MeetingOn = new DateOnly(2026, 6, 20), Title = "Sitzung der Lenkungsgruppe", PlannedBy = "koord.leitung" };
        var language = new FindingTopic { DistrictId = "suedkreis", Title = "Fehlende Sprachkursplätze im Südkreis", CreatedBy = "koord.sued" };
        var recognition = new FindingTopic { DistrictId = null, Title = "Wartezeiten bei der Anerkennung", CreatedBy = "koord.leitung" };
        await app.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<KimDbContext>();
            db.FindingTopics.AddRange(language, recognition);
            db.LenkungsgruppeMeetings.Add(meeting);
            db.AgendaItems.AddRange(
                new AgendaItem { MeetingId = meeting.Id, Position = 1, TopicId = language.Id, Title = language.Title },
                new AgendaItem { MeetingId = meeting.Id, Position = 2, TopicId = recognition.Id, Title = recognition.Title });
            db.Findings.Add(new StructuralFinding
            {
                Category = FindingCategory.Sprachkurs, DistrictId = "suedkreis", Description = "Kein B1-Kurs in Wadersloh", ReportedBy = "cm.sued1",
                TopicId = language.Id, Status = FindingStatus.InLenkungsgruppe,
            });
            return await db.SaveChangesAsync();
        });

        var started = await app.Runtime.StartAsync("lenkungsgruppe", meeting.Id.ToString(), new Dictionary<string, object?>
        {
            ["meetingId"] = meeting.Id.ToString(), ["coordinator"] = "koord.leitung", ["coordinatorEmail"] = "koordination@kreis-warendorf.example",
            ["meetingTitle"] = "Sitzung der Lenkungsgruppe KIM", ["members"] = LenkungsgruppeOptions.DefaultMembers.ToList<object?>(),
        }, "koord.leitung");
        Assert.NotNull(started.Instance);
        await app.CompleteAsync(meeting.Id.ToString(), "Task_Planen", new()
        {
            ["meetingDate"] = "2026-06-24", ["meetingTime"] = "10:00", ["durationMinutes"] = 120L, ["location"] = "Kreishaus Warendorf, Sitzungssaal",
            ["videoLink"] = "https://video.example/lenkungsgruppe", ["hinweis"] = null,
        });
        foreach (var address in MemberAddresses)
        {
            await MailsAsync(app, address, 1, "invitation to " + address);
        }

        return new Setup(app, meeting.Id, language.Id, recognition.Id);
    }

    private static Task<IReadOnlyList<MimeMessage>> MailsAsync(AppHost app, string to, int count, string what) =>
        Eventually.WaitForAsync(() => Task.FromResult(app.Smtp.To(to)), l => l.Count >= count, what);

    /// <summary>The calendar text, unfolded (RFC 5545 folds lines at 75 octets).</summary>
    private static string Calendar(MimeMessage mail) =>
        System.Text.Encoding.UTF8.GetString(((MimePart)mail.Attachments.Single(a => a.ContentType.MimeType == "text/calendar")).Content!.Open().ReadAllBytes())
            .Replace("\r\n ", "", StringComparison.Ordinal);

    private static Task<LenkungsgruppeMeeting> MeetingAsync(AppHost app, Guid id) =>
        app.InScopeAsync(sp => sp.GetRequiredService<KimDbContext>().LenkungsgruppeMeetings.AsNoTracking().Include(m => m.AgendaItems).SingleAsync(m => m.Id == id));

    [Fact]
    public async Task Every_member_gets_an_invitation_with_calendar_and_agenda_then_a_reminder_and_the_protocol_with_the_decisions()
    {
        var s = await InvitedAsync();
        await using var app = s.App;
        Assert.Equal(MemberAddresses.Length, app.Smtp.Messages.Count(m => !SmtpTestServer.IsTaskNotice(m))); // the coordinator's task notices are not member mail
        var uids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var address in MemberAddresses)
        {
            var invitation = Assert.Single(app.Smtp.To(address));
            Assert.Equal("Einladung: Sitzung der Lenkungsgruppe KIM am 24.06.2026", invitation.Subject);
            Assert.Contains("1. Fehlende Sprachkursplätze im Südkreis (Projektgruppe Südkreis)", invitation.TextBody, StringComparison.Ordinal);
            Assert.Contains("2. Wartezeiten bei der Anerkennung", invitation.TextBody, StringComparison.Ordinal);
            Assert.DoesNotContain("Wadersloh", invitation.TextBody, StringComparison.Ordinal); // findings stay with the coordination
            Assert.Equal("koordination@kreis-warendorf.example", ((MailboxAddress)invitation.ReplyTo.Single()).Address);
            var ics = Calendar(invitation);
            Assert.Contains("METHOD:REQUEST", ics, StringComparison.Ordinal);
            Assert.Contains("SEQUENCE:0", ics, StringComparison.Ordinal);
            Assert.Contains("DTSTART;TZID=Europe/Berlin:20260624T100000", ics, StringComparison.Ordinal);
            Assert.Contains("mailto:" + address, ics, StringComparison.OrdinalIgnoreCase);
            uids.Add(Uid().Match(ics).Groups[1].Value);
        }

        Assert.Equal($"lenkungsgruppe-{s.MeetingId:N}@kim.kreis-warendorf.example", Assert.Single(uids));
        var planned = await MeetingAsync(app, s.MeetingId);
        Assert.Equal(new DateOnly(2026, 6, 24), planned.MeetingOn);
        Assert.Equal("Kreishaus Warendorf, Sitzungssaal", planned.Place);
        Assert.Equal(MeetingStatus.Geplant, planned.Status);

        var reminderAt = await app.TimerDueAsync(s.Key, "Event_Vortag");
        Assert.Equal(new DateTimeOffset(2026, 6, 23, 10, 0, 0, TimeSpan.FromHours(2)), reminderAt);
        await app.AdvanceToAsync(reminderAt);
        var reminder = (await MailsAsync(app, "kontakt@abh.example", 2, "reminder"))[^1];
        Assert.StartsWith("Erinnerung: Sitzung der Lenkungsgruppe KIM morgen", reminder.Subject, StringComparison.Ordinal);

        await app.CompleteAsync(s.Key, "Task_Durchfuehren", new() { ["teilnehmende"] = "Jobcenter, Ausländerbehörde, Stadt Ahlen, Sozialamt" });
        await app.CompleteAsync(s.Key, "Task_BeschluesseErfassen", new()
        {
            ["beschluesse"] = "1: VHS und Jobcenter prüfen zwei zusätzliche B1-Kurse ab Herbst.\nBericht in der nächsten Sitzung.",
            ["weitereBeschluesse"] = "Die Projektgruppe Nordkreis berichtet zur Kinderbetreuung.", ["naechsteSitzung"] = "2026-09-23",
        });
        foreach (var address in MemberAddresses)
        {
            var protocol = (await MailsAsync(app, address, 3, "protocol to " + address))[^1];
            Assert.Equal("Protokoll: Sitzung der Lenkungsgruppe KIM vom 24.06.2026", protocol.Subject);
            Assert.Contains("Beschluss: VHS und Jobcenter prüfen zwei zusätzliche B1-Kurse ab Herbst.", protocol.TextBody, StringComparison.Ordinal);
            Assert.Contains("Beschluss: vertagt", protocol.TextBody, StringComparison.Ordinal);
            Assert.Contains("- Ausländerbehörde", protocol.TextBody, StringComparison.Ordinal);
        }

        var instance = await app.InstanceAsync(s.Key, "lenkungsgruppe");
        await Eventually.WaitForAsync(async () => await app.StatusAsync(instance) == InstanceStatus.Completed, "meeting workflow completed");
        Assert.Empty(await app.IncidentsAsync(s.Key));

        var held = await MeetingAsync(app, s.MeetingId);
        Assert.Equal(MeetingStatus.Durchgefuehrt, held.Status);
        Assert.Equal("VHS und Jobcenter prüfen zwei zusätzliche B1-Kurse ab Herbst.\nBericht in der nächsten Sitzung.", held.AgendaItems.Single(i => i.Position == 1).Decision);
        Assert.Null(held.AgendaItems.Single(i => i.Position == 2).Decision);
        var (topics, findings) = await app.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<KimDbContext>();
            return (await db.FindingTopics.AsNoTracking().ToDictionaryAsync(t => t.Id), await db.Findings.AsNoTracking().ToListAsync());
        });
        Assert.StartsWith("VHS und Jobcenter", topics[s.LanguageTopic].LenkungsgruppeDecision, StringComparison.Ordinal);
        Assert.Equal(new DateOnly(2026, 6, 24), topics[s.LanguageTopic].LenkungsgruppeMeetingOn);
        Assert.Null(topics[s.RecognitionTopic].LenkungsgruppeDecision);
        Assert.Equal(FindingStatus.Erledigt, Assert.Single(findings, f => f.TopicId == s.LanguageTopic).Status);
    }

    [Fact]
    public async Task Rescheduling_keeps_the_uid_with_a_higher_sequence_and_cancellation_sends_cancel_to_every_member()
    {
        var s = await InvitedAsync();
        await using var app = s.App;
        var first = app.Smtp.To("kontakt@jobcenter.example").Single();
        await app.WaitForAsync(s.Key, "BoundaryEvent_Verschoben");
        var moved = await app.Runtime.CorrelateMessageAsync("Lenkungsgruppe_Verschoben", s.Key, null,
            new Dictionary<string, object?> { ["meetingDate"] = "2026-07-01", ["meetingTime"] = "14:00", ["aenderungsgrund"] = "Sitzungssaal belegt" });
        Assert.True(moved.Matched, moved.Message);
        foreach (var address in MemberAddresses)
        {
            await MailsAsync(app, address, 2, "changed invitation to " + address);
        }

        var changed = app.Smtp.To("kontakt@jobcenter.example")[^1];
        Assert.Equal("Terminänderung: Sitzung der Lenkungsgruppe KIM jetzt am 01.07.2026", changed.Subject);
        Assert.Contains("Sitzungssaal belegt", changed.TextBody, StringComparison.Ordinal);
        Assert.Equal(Uid().Match(Calendar(first)).Groups[1].Value, Uid().Match(Calendar(changed)).Groups[1].Value);
        Assert.Contains("SEQUENCE:1", Calendar(changed), StringComparison.Ordinal);
        Assert.Contains("DTSTART;TZID=Europe/Berlin:20260701T140000", Calendar(changed), StringComparison.Ordinal);
        Assert.Equal(new DateOnly(2026, 7, 1), (await MeetingAsync(app, s.MeetingId)).MeetingOn);

        await app.WaitForAsync(s.Key, "Event_Vortag");
        var cancelled = await app.Runtime.CorrelateMessageAsync("Lenkungsgruppe_Abgesagt", s.Key, null, new Dictionary<string, object?> { ["absagegrund"] = "Zu wenige Zusagen" });
        Assert.True(cancelled.Matched, cancelled.Message);
        foreach (var address in MemberAddresses)
        {
            var cancel = (await MailsAsync(app, address, 3, "cancellation to " + address))[^1];
            Assert.StartsWith("Absage:", cancel.Subject, StringComparison.Ordinal);
            Assert.Contains("METHOD:CANCEL", Calendar(cancel), StringComparison.Ordinal);
            Assert.Contains("SEQUENCE:2", Calendar(cancel), StringComparison.Ordinal);
        }

        var instance = await app.InstanceAsync(s.Key, "lenkungsgruppe");
        await Eventually.WaitForAsync(async () => await app.StatusAsync(instance) == InstanceStatus.Completed, "meeting cancelled");
        Assert.Equal(MeetingStatus.Abgesagt, (await MeetingAsync(app, s.MeetingId)).Status);
    }

    [Fact]
    public async Task An_unknown_member_stops_the_invitations_with_an_incident_and_nothing_is_sent()
    {
        var app = await AppHost.StartAsync(new DateTimeOffset(2026, 6, 1, 8, 0, 0, TimeSpan.Zero));
        await using var _ = app;
        var meeting = new LenkungsgruppeMeeting { MeetingOn = new DateOnly(2026, 6, 20), Title = "Sitzung", PlannedBy = "koord.leitung" };
        await app.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<KimDbContext>();
            db.LenkungsgruppeMeetings.Add(meeting);
            return await db.SaveChangesAsync();
        });
        var key = meeting.Id.ToString();
        await app.Runtime.StartAsync("lenkungsgruppe", key, new Dictionary<string, object?>
        {
            ["meetingId"] = key, ["coordinator"] = "koord.leitung", ["members"] = new List<object?> { "jobcenter-kreis-warendorf", "gibt-es-nicht" },
        }, "koord.leitung");
        await app.CompleteAsync(key, "Task_Planen", new() { ["meetingDate"] = "2026-06-24", ["meetingTime"] = "10:00" });
        var incident = Assert.Single(await app.WaitForIncidentAsync(key));
        Assert.Equal("Task_EinladungenSenden", incident.ElementId);
        Assert.Contains("gibt-es-nicht: nicht im Partnerverzeichnis", incident.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(app.Smtp.Messages, m => !SmtpTestServer.IsTaskNotice(m));
    }

    [GeneratedRegex(@"UID:(\S+)")]
    private static partial Regex Uid();
}
