using System.Text.RegularExpressions;
using Kim.Workflows.Application.Answers;
using Kim.Workflows.Application.Cases;
using Kim.Workflows.Application.Tasks;
using Kim.Workflows.Application.Tests.Support;
using Kim.Workflows.Domain.Conferences;
using Kim.Workflows.Domain.Consents;
using Kim.Workflows.Domain.Persistence;
using Kim.Workflows.Domain.Seeding;
using Kim.Workflows.Notifications.Mail;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kim.Workflows.Application.Tests.Workflows;

/// <summary>What the workflows write back into the case file and send to staff: conference records, task notices.</summary>
public sealed partial class CaseFileHooksEndToEndTests
{
    private const string CaseManager = "cm.sued1@kreis-warendorf.example";
    private const string Domain = "kim.kreis-warendorf.example";

    [Fact]
    public async Task A_task_with_an_assignee_sends_one_notice_with_a_deep_link_and_no_client_name()
    {
        await using var app = await AppHost.StartAsync();
        var (file, _) = await app.IntakeAsync();
        var taskId = await app.WaitForTaskAsync(file.CaseNumber, "Task_Zugangssteuerung");

        var notices = await Eventually.WaitForAsync(() => Task.FromResult(app.Smtp.TaskNoticesTo(CaseManager)), l => l.Count >= 1, "task notice");
        var notice = Assert.Single(notices);
        Assert.Equal(TaskAssignmentMailer.MessageIdFor(taskId, Domain), notice.MessageId);
        Assert.Contains("Neue Aufgabe: Zugang klären", notice.Subject, StringComparison.Ordinal);
        Assert.Contains($"https://kim.test/aufgaben/{taskId:D}", notice.TextBody, StringComparison.Ordinal);
        Assert.Contains(file.CaseNumber, notice.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("Amira", notice.TextBody + notice.HtmlBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_conference_planned_in_the_case_file_skips_planning_and_its_record_follows_invitations_answers_and_protocol()
    {
        await using var app = await AppHost.StartAsync();
        var (file, _) = await app.IntakeAsync();
        var cn = file.CaseNumber;
        await app.AddConsentAsync(file.Id, [DemoPartners.Jobcenter], [DataCategory.Arbeit]);
        await app.CompleteAsync(cn, "Task_Zugangssteuerung", new() { ["zugangsweg"] = "jobcenter", ["teilnahmeFreiwillig"] = true });
        await app.CompleteAsync(cn, "Task_Erstberatung", new() { ["erstberatungAm"] = "2026-03-02", ["anliegen"] = "Arbeit", ["weiteresVorgehen"] = "fallmanagement" });
        await app.WaitForTaskAsync(cn, "Task_Assessment");

        var plan = new FallkonferenzPlan("Übergang in Arbeit", new DateOnly(2026, 3, 20), new TimeOnly(14, 0), 60, "Rathaus Oelde", null,
            "Stand der Ziele\nPraktikum", ["jobcenter-kreis-warendorf", "jugendamt-kreis-warendorf"], ["arbeit"], ClientAttends: true);
        var started = await app.InScopeAsync(sp => sp.GetRequiredService<CaseWorkflowService>().StartFallkonferenzAsync(cn, plan, "cm.sued1"));
        Assert.True(started.Matched, started.Message);

        // No planning task: the consent check runs at once; the Jugendamt has no consent and is not invited, with the reason.
        await app.CompleteAsync(cn, "Task_NichtEingeladenePruefen", new() { ["vorgehenOhneEinwilligung"] = "fortsetzen" });
        var invitation = (await Eventually.WaitForAsync(() => Task.FromResult(app.Smtp.To("erika.beispielhaft@jobcenter.example")), l => l.Count == 1, "invitation"))[0];
        Assert.Empty(await app.InScopeAsync(async sp => await sp.GetRequiredService<Kim.Workflows.Runtime.Persistence.WorkflowDbContextFactory>().Create()
            .UserTasks.Where(t => t.BusinessKey == cn && t.ElementId == "Task_Planen").ToListAsync()));
        var record = await ConferenceAsync(app, file.Id, c => c.Status == ConferenceStatus.Eingeladen);
        Assert.Equal(new DateTimeOffset(2026, 3, 20, 14, 0, 0, TimeSpan.FromHours(1)), record.ScheduledAt);
        Assert.Equal("Rathaus Oelde", record.Place);
        Assert.True(record.ClientParticipates);
        var notInvited = Assert.Single(record.Invitations, i => i.Answer == InvitationAnswer.NichtEingeladen);
        Assert.Contains("Schweigepflichtentbindung", notInvited.NotInvitedReason, StringComparison.Ordinal);

        // The partner's answer through the signed link.
        await app.WaitForAsync(cn, "Event_Antwort");
        var token = AnswerLink().Match(invitation.TextBody!).Groups[1].Value;
        Assert.Equal(AnswerStatus.Recorded, (await app.InScopeAsync(sp => sp.GetRequiredService<PartnerAnswerService>().AnswerAsync(token))).Status);
        record = await ConferenceAsync(app, file.Id, c => c.Invitations.Any(i => i.Answer == InvitationAnswer.Zugesagt));
        Assert.NotNull(Assert.Single(record.Invitations, i => i.Answer == InvitationAnswer.Zugesagt).AnsweredAt);

        // Held (protocol task created), then the protocol with its agreed steps.
        await app.AdvanceToAsync(await app.TimerDueAsync(cn, "Event_Vortag"));
        await app.CompleteAsync(cn, "Task_Durchfuehren", new() { ["teilnehmende"] = "Jobcenter", ["klientAnwesend"] = true });
        await app.WaitForTaskAsync(cn, "Task_Protokoll");
        await ConferenceAsync(app, file.Id, c => c.Status == ConferenceStatus.Durchgefuehrt);
        await app.CompleteAsync(cn, "Task_Protokoll", new()
        {
            ["vereinbarteSchritte"] = "Praktikum vermitteln; Jobcenter; 2026-04-15", ["protokollText"] = "Protokoll der Fallkonferenz", ["rueckblick"] = "Sprachkurs läuft",
        });
        record = await ConferenceAsync(app, file.Id, c => c.Status == ConferenceStatus.Protokolliert);
        Assert.Equal("Protokoll der Fallkonferenz", record.ProtocolSummary);
        var step = Assert.Single(record.AgreedSteps);
        Assert.Equal(("Praktikum vermitteln", "Jobcenter", new DateOnly(2026, 4, 15)), (step.Description, step.Responsible, step.DueOn!.Value));
    }

    [Fact]
    public async Task A_crash_between_commit_and_send_delivers_the_task_notice_once_per_message_id()
    {
        var gate = new BlockingTransportGate();
        var first = await AppHost.StartAsync(services: s =>
        {
            var real = s.Last(d => d.ServiceType == typeof(IMailTransport));
            s.AddSingleton<IMailTransport>(sp => new GatedTransport((IMailTransport)(real.ImplementationFactory?.Invoke(sp) ?? real.ImplementationInstance!), gate));
        });
        var (file, _) = await first.IntakeAsync();
        var taskId = await first.WaitForTaskAsync(file.CaseNumber, "Task_Zugangssteuerung");

        // The task and its outbox row are committed and the mail is stored; the process dies inside the SMTP send.
        await gate.Reached.Task.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Empty(first.Smtp.Messages);
        await first.StopKeepingDataAsync();

        // Restart on the same data folder, after the outbox lease ran out.
        var second = await AppHost.StartAsync(now: first.Time.GetUtcNow().AddMinutes(5), folder: first.Folder, smtp: first.Smtp);
        try
        {
            var messageId = TaskAssignmentMailer.MessageIdFor(taskId, Domain);
            await Eventually.WaitForAsync(() => Task.FromResult(second.Smtp.Messages.Count(m => m.MessageId == messageId)), n => n >= 1, "notice after restart");
            gate.Release(); // the dead process's send never completes
            await second.AdvanceToAsync(second.Time.GetUtcNow().AddMinutes(5));
            await Task.Delay(1000);
            Assert.Equal(1, second.Smtp.Messages.Count(m => m.MessageId == messageId));
            await using var context = second.App();
            var record = await context.Mails.AsNoTracking().SingleAsync(m => m.MessageId == messageId);
            Assert.Equal(Kim.Workflows.Application.Persistence.MailStatus.Sent, record.Status);
        }
        finally
        {
            await second.DisposeAsync();
            await second.Smtp.DisposeAsync();
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(first.Folder, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }

    private static async Task<Fallkonferenz> ConferenceAsync(AppHost app, Guid caseId, Func<Fallkonferenz, bool> condition) =>
        (await Eventually.WaitForAsync(() => app.InScopeAsync(sp => sp.GetRequiredService<KimDbContext>().Conferences.AsNoTracking()
            .Include(c => c.Invitations).Include(c => c.AgreedSteps).FirstOrDefaultAsync(c => c.CaseId == caseId)),
            c => c is not null && condition(c), "conference record"))!;

    [GeneratedRegex(@"https://kim\.test/antwort/(\S+)")]
    private static partial Regex AnswerLink();

    /// <summary>Holds the first task notice inside the SMTP send until released (then it fails, as a dead process would never finish).</summary>
    private sealed class BlockingTransportGate
    {
        private readonly TaskCompletionSource _release = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private int _blocked;

        public TaskCompletionSource Reached { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public bool TryBlock() => Interlocked.Exchange(ref _blocked, 1) == 0;

        public Task Released => _release.Task;

        public void Release() => _release.TrySetResult();
    }

    private sealed class GatedTransport(IMailTransport inner, BlockingTransportGate gate) : IMailTransport
    {
        public async Task SendAsync(OutgoingMail mail, CancellationToken cancellationToken = default)
        {
            if (mail.MessageId.Contains(".aufgabe@", StringComparison.Ordinal) && gate.TryBlock())
            {
                gate.Reached.TrySetResult();
                await gate.Released.WaitAsync(cancellationToken);
                throw new OperationCanceledException("process gone");
            }

            await inner.SendAsync(mail, cancellationToken);
        }
    }
}
