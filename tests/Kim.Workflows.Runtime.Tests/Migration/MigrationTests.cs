using Kim.Workflows.Engine.Commands;
using Kim.Workflows.Engine.Execution;
using Kim.Workflows.Engine.Execution.Effects;
using Kim.Workflows.Engine.Execution.Journal;
using Kim.Workflows.Runtime.Persistence.Entities;
using Kim.Workflows.Runtime.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace Kim.Workflows.Runtime.Tests.Migration;

/// <summary>Instance migration through the runtime on SQLite: the waiting task keeps its id and row and completes on the new version.</summary>
public sealed class MigrationTests
{
    private static readonly Dictionary<string, object?> Ahlen = new() { ["district"] = "ahlen" };

    private static string Version2(string v1) => v1
        .Replace("\"beraten\"", "\"erstgespraech\"", StringComparison.Ordinal)
        .Replace("Erstberatung durchführen", "Erstgespräch führen", StringComparison.Ordinal);

    [Fact]
    public async Task A_waiting_task_keeps_its_id_and_row_and_completes_on_version_2()
    {
        using var folder = new TempDirectory();
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 25, 8, 0, 0, TimeSpan.Zero));
        await using var host = await RuntimeHost.StartAsync(folder.Path, time);
        var v1 = Bpmn.Read("Persistence/user-task.bpmn");
        await host.Runtime.DeployAsync(v1, "user-task.bpmn");
        var started = await host.Runtime.StartAsync("erstberatung", "KIM-2026-0042", Ahlen, "anna");
        var instanceId = started.InstanceId!.Value;
        var taskId = started.Effects.OfType<UserTaskCreated>().Single().TaskId;
        var v2 = (await host.Runtime.DeployAsync(Version2(v1), "user-task.bpmn")).Deployed.Single();
        Assert.Equal("erstberatung:2", v2.Id);

        var migrated = await host.Runtime.MigrateAsync(instanceId, v2.Id, new Dictionary<string, string> { ["beraten"] = "erstgespraech" }, "admin");
        Assert.Contains(migrated.Effects, e => e is InstanceMigrated);

        await using (var db = host.Db())
        {
            var instance = await db.Instances.SingleAsync();
            Assert.Equal("erstberatung:2", instance.DefinitionId);
            Assert.Equal(InstanceStatus.Running, instance.Status);
            var task = await db.UserTasks.Include(t => t.Candidates).SingleAsync();
            Assert.Equal(taskId, task.Id);
            Assert.Equal("erstgespraech", task.ElementId);
            Assert.Equal("Erstgespräch führen", task.Name);
            Assert.Equal(UserTaskState.Open, task.State);
            Assert.Contains(task.Candidates, c => c.Value == "cm-ahlen");
            Assert.Single(await db.Journal.Where(j => j.Kind == JournalEntryKind.InstanceMigrated && j.UserId == "admin").ToListAsync());
        }

        await host.Runtime.CompleteTaskAsync(taskId, new Dictionary<string, object?> { ["ergebnis"] = "Assessment" }, "anna");

        await using (var db = host.Db())
        {
            var instance = await db.Instances.SingleAsync();
            Assert.Equal(InstanceStatus.Completed, instance.Status);
            Assert.Equal("erstberatung:2", instance.DefinitionId);
            var task = await db.UserTasks.SingleAsync();
            Assert.Equal(UserTaskState.Completed, task.State);
            Assert.Equal("anna", task.CompletedBy);
            Assert.Equal(1, await db.Journal.CountAsync(j => j.Kind == JournalEntryKind.ElementCompleted && j.ElementId == "erstgespraech"));
            Assert.Equal(0, await db.Journal.CountAsync(j => j.Kind == JournalEntryKind.ElementCompleted && j.ElementId == "beraten"));
            Assert.Equal(1, await db.Journal.CountAsync(j => j.Kind == JournalEntryKind.InstanceStarted));
            Assert.Equal(1, await db.UserTasks.CountAsync());
        }
    }

    [Fact]
    public async Task A_waiting_element_without_counterpart_is_refused_and_nothing_changes()
    {
        using var folder = new TempDirectory();
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 25, 8, 0, 0, TimeSpan.Zero));
        await using var host = await RuntimeHost.StartAsync(folder.Path, time);
        var v1 = Bpmn.Read("Persistence/user-task.bpmn");
        await host.Runtime.DeployAsync(v1, "user-task.bpmn");
        var started = await host.Runtime.StartAsync("erstberatung", null, Ahlen);
        var v2 = (await host.Runtime.DeployAsync(Version2(v1), "user-task.bpmn")).Deployed.Single();

        var refused = await Assert.ThrowsAsync<MigrationRefusedException>(() => host.Runtime.MigrateAsync(started.InstanceId!.Value, v2.Id, null, "admin"));
        Assert.Contains("Erstberatung durchführen", refused.Message, StringComparison.Ordinal);

        await using var db = host.Db();
        var instance = await db.Instances.SingleAsync();
        Assert.Equal("erstberatung:1", instance.DefinitionId);
        Assert.Equal(1, instance.Revision);
        Assert.Equal("beraten", (await db.UserTasks.SingleAsync()).ElementId);
    }
}
