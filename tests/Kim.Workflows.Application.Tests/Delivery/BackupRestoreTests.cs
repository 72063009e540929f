using Kim.Workflows.Application.Tasks;
using Kim.Workflows.Application.Tests.Support;
using Kim.Workflows.Engine.Execution.Journal;
using Kim.Workflows.Runtime.Outbox;
using Kim.Workflows.Runtime.Persistence;
using Kim.Workflows.Runtime.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kim.Workflows.Application.Tests.Delivery;

/// <summary>
/// An online backup (SQLite's backup API) taken while instances are being started, restored into a fresh app on a new
/// folder: the waiting instances resume, every pending timer fires once, and the task notices that were pending (SMTP down
/// in the first app) are delivered once each.
/// </summary>
public sealed class BackupRestoreTests
{
    private const string CaseManager = "cm.sued1@kreis-warendorf.example";

    private const string Bpmn = """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="d" targetNamespace="http://kim.example/test">
          <bpmn:process id="sicherung" name="Sicherungstest" isExecutable="true">
            <bpmn:startEvent id="start" />
            <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="warten" />
            <bpmn:intermediateCatchEvent id="warten">
              <bpmn:timerEventDefinition><bpmn:timeDuration>PT10M</bpmn:timeDuration></bpmn:timerEventDefinition>
            </bpmn:intermediateCatchEvent>
            <bpmn:sequenceFlow id="f2" sourceRef="warten" targetRef="nachfassen" />
            <bpmn:userTask id="nachfassen" name="Nachfassen" camunda:assignee="cm.sued1" />
            <bpmn:sequenceFlow id="f3" sourceRef="nachfassen" targetRef="end" />
            <bpmn:endEvent id="end" />
          </bpmn:process>
        </bpmn:definitions>
        """;

    [Fact]
    public async Task A_backup_taken_under_load_restores_into_a_fresh_app_that_fires_each_timer_once_and_sends_pending_mail_once()
    {
        var root = Path.Combine(Path.GetTempPath(), "kim-restore-" + Guid.NewGuid().ToString("N"));
        var backupFolder = Path.Combine(root, "backup");
        var restored = Path.Combine(root, "data");
        DateTimeOffset clock;
        int startedBefore, startedAfter;
        try
        {
            await using (var source = await AppHost.StartAsync())
            {
                Assert.True((await source.Runtime.DeployAsync(Bpmn, "sicherung.bpmn")).Success);
                source.Smtp.Down = true;

                // Some instances already past their timer (a task whose notice is pending), the rest still waiting.
                for (var n = 0; n < 10; n++)
                {
                    await source.Runtime.StartAsync("sicherung", $"SICHERUNG-A{n:D2}", null, "test");
                }

                await source.AdvanceToAsync(source.Time.GetUtcNow().AddMinutes(11));
                await Eventually.WaitForAsync(() => OutboxFailuresAsync(source.Workflows(), 10), "the ten notices to fail once");

                using var stop = new CancellationTokenSource();
                var started = 0;
                var load = Task.Run(async () =>
                {
                    for (var n = 0; !stop.IsCancellationRequested; n++)
                    {
                        await source.Runtime.StartAsync("sicherung", $"SICHERUNG-B{n:D4}", null, "test");
                        Interlocked.Increment(ref started);
                    }
                });
                await Eventually.WaitForAsync(() => Task.FromResult(Volatile.Read(ref started) >= 20), "load running");
                startedBefore = Volatile.Read(ref started);
                var backup = await source.Services.GetRequiredService<DatabaseBackup>().BackupAsync(backupFolder);
                await Eventually.WaitForAsync(() => Task.FromResult(Volatile.Read(ref started) >= startedBefore + 20), "load going on after the backup");
                await stop.CancelAsync();
                await load;
                startedAfter = Volatile.Read(ref started);
                Assert.Contains(backup.Files, f => Path.GetFileName(f) == "kim-workflows.db");
                clock = source.Time.GetUtcNow();
            }

            // Restore: the backup's files into an empty data folder, then a fresh app on it.
            Directory.CreateDirectory(restored);
            foreach (var file in Directory.GetFiles(backupFolder, "*.db"))
            {
                File.Copy(file, Path.Combine(restored, Path.GetFileName(file)));
            }

            await using var smtp = await SmtpTestServer.StartAsync();
            await using var target = await AppHost.StartAsync(now: clock, folder: restored, smtp: smtp);
            List<InstanceRecordView> instances;
            await using (var db = target.Workflows())
            {
                instances = await db.Instances.AsNoTracking().Select(i => new InstanceRecordView(i.Id, i.BusinessKey!)).ToListAsync();
            }

            // A consistent snapshot in the middle of the load: the first ten and some, not all, of the later ones.
            Assert.Equal(10, instances.Count(i => i.Key.StartsWith("SICHERUNG-A", StringComparison.Ordinal)));
            var later = instances.Count(i => i.Key.StartsWith("SICHERUNG-B", StringComparison.Ordinal));
            Assert.InRange(later, startedBefore, startedAfter - 1);

            await target.AdvanceToAsync(clock.AddMinutes(11));
            await target.Services.GetRequiredService<OutboxDispatcher>().DispatchPendingAsync();
            await Eventually.WaitForAsync(
                () => Task.FromResult(target.Smtp.TaskNoticesTo(CaseManager).Count >= instances.Count), $"{instances.Count} task notices", TimeSpan.FromSeconds(60));

            await using (var db = target.Workflows())
            {
                var timers = await db.Timers.AsNoTracking().ToListAsync();
                Assert.Equal(instances.Count, timers.Count);
                Assert.All(timers, t => Assert.True(t.Status == TimerStatus.Fired && t.FiredCount == 1, $"timer {t.Id}: {t.Status}, fired {t.FiredCount}"));
                var fired = await db.Journal.AsNoTracking().Where(j => j.Kind == JournalEntryKind.ElementCompleted && j.ElementId == "warten").ToListAsync();
                Assert.All(instances, i => Assert.Single(fired, j => j.InstanceId == i.Id));
                var tasks = await db.UserTasks.AsNoTracking().Where(t => t.State == UserTaskState.Open && t.ElementId == "nachfassen").ToListAsync();
                Assert.All(instances, i => Assert.Single(tasks, t => t.InstanceId == i.Id));

                // Every task's notice once, under its own Message-Id; nothing left in the outbox.
                var notices = target.Smtp.TaskNoticesTo(CaseManager);
                Assert.Equal(tasks.Count, notices.Count);
                Assert.Equal(
                    tasks.Select(t => TaskAssignmentMailer.MessageIdFor(t.Id, "kim.kreis-warendorf.example")).Order(StringComparer.Ordinal),
                    notices.Select(n => n.MessageId).Order(StringComparer.Ordinal));
                Assert.False(await db.Outbox.AnyAsync(o => o.DoneAt == null));
            }
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(root, recursive: true);
        }
    }

    private static async Task<bool> OutboxFailuresAsync(WorkflowDbContext db, int count)
    {
        await using (db)
        {
            return await db.Outbox.CountAsync(o => o.Kind == OutboxKinds.UserTaskCreated && o.LastError != null) >= count;
        }
    }

    private sealed record InstanceRecordView(Guid Id, string Key);
}
