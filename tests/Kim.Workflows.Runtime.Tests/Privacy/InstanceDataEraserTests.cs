using Kim.Workflows.Engine.Execution;
using Kim.Workflows.Engine.Execution.Effects;
using Kim.Workflows.Runtime.Outbox;
using Kim.Workflows.Runtime.Persistence.Entities;
using Kim.Workflows.Runtime.Privacy;
using Kim.Workflows.Runtime.Serialization;
using Kim.Workflows.Runtime.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Kim.Workflows.Runtime.Tests.Privacy;

public sealed class InstanceDataEraserTests
{
    [Fact]
    public async Task Finished_instances_of_the_case_lose_their_variables_running_ones_and_other_cases_keep_them()
    {
        using var folder = new TempDirectory();
        var workflows = Directory.CreateDirectory(Path.Combine(folder.Path, "workflows")).FullName;
        File.Copy(Path.Combine(AppContext.BaseDirectory, "Persistence/user-task.bpmn"), Path.Combine(workflows, "user-task.bpmn"));
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 25, 8, 0, 0, TimeSpan.Zero));
        await using var host = await RuntimeHost.StartAsync(Path.Combine(folder.Path, "data"), time, options: o => o.WorkflowsDirectory = workflows);
        var personal = new Dictionary<string, object?> { ["district"] = "ahlen", ["clientName"] = "Amina Geheimname" };

        var finished = await host.Runtime.StartAsync("erstberatung", "KIM-2020-0001", personal, "anna");
        await host.Runtime.CompleteTaskAsync(finished.Effects.OfType<UserTaskCreated>().Single().TaskId,
            new Dictionary<string, object?> { ["ergebnis"] = "Geheimname zieht weg" }, "anna");
        var running = await host.Runtime.StartAsync("erstberatung", "KIM-2020-0001", personal, "anna");
        var other = await host.Runtime.StartAsync("erstberatung", "KIM-2026-0002", personal, "anna");
        await host.Runtime.CompleteTaskAsync(other.Effects.OfType<UserTaskCreated>().Single().TaskId,
            new Dictionary<string, object?> { ["ergebnis"] = "Geheimname bleibt" }, "anna");
        await using (var db = host.Db())
        {
            var effect = new MessageThrown(finished.InstanceId!.Value, "fallAbgeschlossen", "KIM-2020-0001", new Dictionary<string, object?> { ["clientName"] = "Amina Geheimname" });
            db.Outbox.Add(new OutboxRecord
            {
                Id = "message-thrown:test", Kind = OutboxKinds.MessageThrown, InstanceId = finished.InstanceId!.Value,
                PayloadJson = OutboxPayload.Serialize(effect), CreatedAt = time.GetUtcNow(), NextAttemptAt = time.GetUtcNow(), DoneAt = time.GetUtcNow(),
            });
            await db.SaveChangesAsync();
        }

        var eraser = ActivatorUtilities.CreateInstance<InstanceDataEraser>(host.Services);
        var result = await eraser.EraseAsync("KIM-2020-0001");

        Assert.Equal(1, result.Instances);
        Assert.Equal(3, result.VariablesRemoved); // district, clientName, ergebnis
        Assert.Equal(1, result.TaskCompletionsCleared);
        Assert.Equal(1, result.OutboxPayloadsCleared);
        await using (var db = host.Db())
        {
            var rows = await db.Instances.ToDictionaryAsync(i => i.Id);
            Assert.DoesNotContain("Geheimname", rows[finished.InstanceId!.Value].StateJson, StringComparison.Ordinal);
            Assert.Equal(InstanceStatus.Completed, ProcessInstanceSerializer.Deserialize(rows[finished.InstanceId!.Value].StateJson).Status);
            Assert.Contains("Geheimname", rows[running.InstanceId!.Value].StateJson, StringComparison.Ordinal);
            Assert.Contains("Geheimname", rows[other.InstanceId!.Value].StateJson, StringComparison.Ordinal);
            var tasks = await db.UserTasks.ToListAsync();
            Assert.Equal("{}", tasks.Single(t => t.InstanceId == finished.InstanceId!.Value).CompletionVariablesJson);
            Assert.Contains("Geheimname", tasks.Single(t => t.InstanceId == other.InstanceId!.Value).CompletionVariablesJson, StringComparison.Ordinal);
            Assert.All(await db.Outbox.Where(o => o.InstanceId == finished.InstanceId!.Value).ToListAsync(),
                o => Assert.DoesNotContain("Geheimname", o.PayloadJson, StringComparison.Ordinal));
            // The emptied payload still reads as its effect.
            var message = OutboxPayload.Deserialize<MessageThrown>((await db.Outbox.SingleAsync(o => o.Id == "message-thrown:test")).PayloadJson);
            Assert.Empty(message.Variables);
        }

        var again = await eraser.EraseAsync("KIM-2020-0001");
        Assert.False(again.ChangedAnything);
        Assert.Equal(1, again.Instances);
    }

    [Fact]
    public async Task Incident_messages_of_finished_instances_are_replaced_running_ones_keep_theirs()
    {
        using var folder = new TempDirectory();
        var workflows = Directory.CreateDirectory(Path.Combine(folder.Path, "workflows")).FullName;
        File.Copy(Path.Combine(AppContext.BaseDirectory, "Persistence/user-task.bpmn"), Path.Combine(workflows, "user-task.bpmn"));
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 25, 8, 0, 0, TimeSpan.Zero));
        await using var host = await RuntimeHost.StartAsync(Path.Combine(folder.Path, "data"), time, options: o => o.WorkflowsDirectory = workflows);
        var vars = new Dictionary<string, object?> { ["district"] = "ahlen" };
        var finished = await host.Runtime.StartAsync("erstberatung", "KIM-2020-0003", vars, "anna");
        await host.Runtime.CompleteTaskAsync(finished.Effects.OfType<UserTaskCreated>().Single().TaskId, new Dictionary<string, object?>(), "anna");
        var running = await host.Runtime.StartAsync("erstberatung", "KIM-2020-0003", vars, "anna");
        await using (var db = host.Db())
        {
            foreach (var (instance, resolved) in new[] { (finished.InstanceId!.Value, true), (finished.InstanceId!.Value, false), (running.InstanceId!.Value, false) })
            {
                db.Incidents.Add(new IncidentRecord
                {
                    Id = Guid.NewGuid(), InstanceId = instance, SubscriptionId = Guid.NewGuid(), ElementId = "Task_Mail",
                    Message = "Zustellung an amina.geheimname@example.org dauerhaft abgelehnt", CreatedAt = time.GetUtcNow(),
                    ResolvedAt = resolved ? time.GetUtcNow() : null,
                });
            }

            await db.SaveChangesAsync();
        }

        var eraser = ActivatorUtilities.CreateInstance<InstanceDataEraser>(host.Services);
        var result = await eraser.EraseAsync("KIM-2020-0003");

        Assert.Equal(2, result.IncidentMessagesCleared);
        Assert.True(result.ChangedAnything);
        await using (var db = host.Db())
        {
            var incidents = await db.Incidents.AsNoTracking().ToListAsync();
            Assert.All(incidents.Where(i => i.InstanceId == finished.InstanceId!.Value), i =>
            {
                Assert.Equal(InstanceDataEraser.ErasedIncidentMessage, i.Message);
                Assert.Equal("Task_Mail", i.ElementId); // what failed where stays for the process analysis
            });
            Assert.Contains("geheimname", incidents.Single(i => i.InstanceId == running.InstanceId!.Value).Message, StringComparison.Ordinal);
        }

        var again = await eraser.EraseAsync("KIM-2020-0003");
        Assert.Equal(0, again.IncidentMessagesCleared);
        Assert.False(again.ChangedAnything);
    }
}
