using Kim.Workflows.Application.Persistence;
using Kim.Workflows.Application.Tasks;
using Kim.Workflows.Application.Tests.Support;
using Kim.Workflows.Runtime.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kim.Workflows.Application.Tests.Delivery;

/// <summary>
/// A mail a crash left in <see cref="MailStatus.Sending"/> (handed to SMTP, not yet marked sent) goes out again at start-up
/// with the same Message-Id, and the outbox row that comes due later does not send it a third time.
/// </summary>
public sealed class InterruptedMailTests
{
    private const string CaseManager = "cm.sued1@kreis-warendorf.example";

    [Fact]
    public async Task A_mail_left_sending_by_a_crash_is_sent_again_at_start_up_with_its_message_id_and_only_then()
    {
        var first = await AppHost.StartAsync();
        var smtp = first.Smtp;
        var folder = first.Folder;
        smtp.Down = true;
        var (file, _) = await first.IntakeAsync();
        var taskId = await first.WaitForTaskAsync(file.CaseNumber, "Task_Zugangssteuerung");
        var id = $"{taskId:N}:aufgabe";
        await Eventually.WaitForAsync(async () =>
        {
            await using var db = first.App();
            return await db.Mails.AnyAsync(m => m.Id == id && m.LastError != null);
        }, "the notice's first failed attempt");
        var clock = first.Time.GetUtcNow();
        await first.StopKeepingDataAsync();

        // What a kill in the middle of the SMTP hand-off leaves behind.
        await using (var stopped = await AppHost.StartAsync(now: clock, folder: folder, smtp: smtp, services: s => s.AddSingleton<IOutboxRetryPolicy>(new NeverDue())))
        {
            await using var db = stopped.App();
            await db.Mails.Where(m => m.Id == id).ExecuteUpdateAsync(s => s.SetProperty(m => m.Status, MailStatus.Sending));
            await stopped.StopKeepingDataAsync();
        }

        smtp.Down = false;
        Assert.Empty(smtp.TaskNoticesTo(CaseManager));
        var second = await AppHost.StartAsync(now: clock, folder: folder, smtp: smtp);
        try
        {
            // Sent during start-up, before the outbox row (not due yet on the fake clock) could have been retried.
            var notice = Assert.Single(smtp.TaskNoticesTo(CaseManager));
            Assert.Equal(TaskAssignmentMailer.MessageIdFor(taskId, "kim.kreis-warendorf.example"), notice.MessageId);
            await using (var db = second.App())
            {
                Assert.Equal(MailStatus.Sent, (await db.Mails.SingleAsync(m => m.Id == id)).Status);
            }

            second.Time.Advance(TimeSpan.FromMinutes(2));
            await second.Services.GetRequiredService<OutboxDispatcher>().DispatchPendingAsync();
            await using (var wf = second.Workflows())
            {
                Assert.False(await wf.Outbox.AnyAsync(o => o.Kind == OutboxKinds.UserTaskCreated && o.DoneAt == null));
            }

            Assert.Single(smtp.TaskNoticesTo(CaseManager));
        }
        finally
        {
            await second.StopKeepingDataAsync();
            await smtp.DisposeAsync();
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>Keeps the middle host from retrying anything while the test edits its rows.</summary>
    private sealed class NeverDue : IOutboxRetryPolicy
    {
        public TimeSpan? NextDelay(int failures, TimeSpan sinceFirstFailure) => TimeSpan.FromDays(1);
    }
}
