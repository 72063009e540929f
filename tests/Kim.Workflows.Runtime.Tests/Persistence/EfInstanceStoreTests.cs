using Kim.Workflows.Engine.Commands;
using Kim.Workflows.Engine.Execution;
using Kim.Workflows.Engine.Execution.Journal;
using Kim.Workflows.Engine.Persistence;
using Kim.Workflows.Runtime.Persistence.Entities;
using Kim.Workflows.Runtime.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Kim.Workflows.Runtime.Tests.Persistence;

public sealed class EfInstanceStoreTests
{
    private static readonly Dictionary<string, object?> Ahlen = new() { ["district"] = "ahlen" };

    [Fact]
    public async Task Start_writes_the_instance_and_an_inbox_row_and_completion_ends_both()
    {
        await using var h = await StoreHarness.CreateAsync();
        await h.Definitions.DeployAsync(Bpmn.Read("Persistence/user-task.bpmn"), "user-task.bpmn");

        var started = await h.Engine.StartAsync("erstberatung", "KIM-2026-0042", Ahlen, new CommandContext("start", "anna"));

        await using (var db = h.Db())
        {
            var instance = await db.Instances.SingleAsync();
            Assert.Equal(InstanceStatus.Running, instance.Status);
            Assert.Equal("erstberatung:1", instance.DefinitionId);
            Assert.Equal(1, instance.Revision);
            var task = await db.UserTasks.Include(t => t.Candidates).SingleAsync();
            Assert.Equal(UserTaskState.Open, task.State);
            Assert.Equal("KIM-2026-0042", task.BusinessKey);
            Assert.Equal(60, task.Priority);
            Assert.Contains(task.Candidates, c => c.Kind == CandidateKind.Group && c.Value == "cm-ahlen");
            Assert.Contains(task.Candidates, c => c.Kind == CandidateKind.User && c.Value == "anna");
            Assert.Contains("ergebnis", task.FormFieldsJson, StringComparison.Ordinal);
            Assert.Empty(await db.Subscriptions.ToListAsync()); // the task row is the wait's only row
            Assert.Equal(started.InstanceId, await h.Store.FindInstanceOfSubscriptionAsync(task.Id));
            Assert.Contains(await db.Outbox.Select(o => o.Kind).ToListAsync(), k => k == "user-task-created");
        }

        var taskId = started.Effects.OfType<Engine.Execution.Effects.UserTaskCreated>().Single().TaskId;
        await h.Engine.CompleteTaskAsync(taskId, new Dictionary<string, object?> { ["ergebnis"] = "Assessment" }, new CommandContext("complete-task", "anna"));

        await using (var db = h.Db())
        {
            var instance = await db.Instances.SingleAsync();
            Assert.Equal(InstanceStatus.Completed, instance.Status);
            Assert.Equal(2, instance.Revision);
            var task = await db.UserTasks.SingleAsync();
            Assert.Equal(UserTaskState.Completed, task.State);
            Assert.Equal("anna", task.CompletedBy);
            Assert.Empty(await db.Subscriptions.ToListAsync());
            Assert.Null(await h.Store.FindInstanceOfSubscriptionAsync(task.Id));
            var journal = await db.Journal.Where(j => j.Command == "complete-task").ToListAsync();
            Assert.Contains(journal, j => j.Kind == JournalEntryKind.InstanceCompleted && j.UserId == "anna");
        }

        var reloaded = (await h.Store.LoadTreeAsync(started.InstanceId!.Value)).Single();
        Assert.Equal("Assessment", reloaded.Variables["ergebnis"]);
        Assert.Equal(2, reloaded.Revision);
    }

    [Fact]
    public async Task Fifty_parallel_completions_of_one_task_have_exactly_one_winner()
    {
        await using var h = await StoreHarness.CreateAsync();
        await h.Definitions.DeployAsync(Bpmn.Read("Persistence/user-task.bpmn"), "user-task.bpmn");
        var started = await h.Engine.StartAsync("erstberatung", "KIM-2026-0001", Ahlen);
        var taskId = started.Effects.OfType<Engine.Execution.Effects.UserTaskCreated>().Single().TaskId;

        var attempts = Enumerable.Range(0, 50).Select(n => Task.Run(async () =>
        {
            try
            {
                await h.Engine.CompleteTaskAsync(taskId, new Dictionary<string, object?> { ["by"] = (long)n }, new CommandContext("complete-task", $"user{n}"));
                return true;
            }
            catch (Exception e) when (e is ConcurrencyConflictException or NotFoundException)
            {
                return false;
            }
        }));
        var outcomes = await Task.WhenAll(attempts);

        Assert.Single(outcomes, o => o);
        await using var db = h.Db();
        Assert.Equal(1, await db.Journal.CountAsync(j => j.Kind == JournalEntryKind.ElementCompleted && j.ElementId == "beraten"));
        Assert.Equal(1, await db.Journal.CountAsync(j => j.Kind == JournalEntryKind.InstanceCompleted));
        var task = await db.UserTasks.SingleAsync();
        Assert.Equal(UserTaskState.Completed, task.State);
        Assert.Equal(2, (await db.Instances.SingleAsync()).Revision);
    }

    [Fact]
    public async Task A_stale_revision_is_a_conflict_and_writes_nothing()
    {
        await using var h = await StoreHarness.CreateAsync();
        await h.Definitions.DeployAsync(Bpmn.Read("Persistence/user-task.bpmn"), "user-task.bpmn");
        var started = await h.Engine.StartAsync("erstberatung", null, Ahlen);
        var instance = (await h.Store.LoadTreeAsync(started.InstanceId!.Value)).Single();
        int journalBefore;
        await using (var db = h.Db())
        {
            journalBefore = await db.Journal.CountAsync();
        }

        var entry = new JournalEntry(instance.Id, JournalEntryKind.VariablesChanged, null, h.Time.GetUtcNow());
        var stale = new CommitBatch([instance], new Dictionary<Guid, long> { [instance.Id] = 0 + 7 }, [entry], [], CommandContext.System("test"), h.Time.GetUtcNow());

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => h.Store.SaveAsync(stale).AsTask());
        await using (var db = h.Db())
        {
            Assert.Equal(journalBefore, await db.Journal.CountAsync());
            Assert.Equal(1, (await db.Instances.SingleAsync()).Revision);
        }
    }

    [Fact]
    public async Task Message_subscriptions_are_found_by_name_and_business_key()
    {
        await using var h = await StoreHarness.CreateAsync();
        await h.Definitions.DeployAsync(Bpmn.Read("Persistence/user-task.bpmn"), "user-task.bpmn");
        var started = await h.Engine.StartAsync("erstberatung", "KIM-1", Ahlen);
        var taskId = started.Effects.OfType<Engine.Execution.Effects.UserTaskCreated>().Single().TaskId;

        Assert.Equal(started.InstanceId, await h.Store.FindInstanceOfSubscriptionAsync(taskId));
        Assert.Null(await h.Store.FindInstanceOfSubscriptionAsync(Guid.NewGuid()));
        Assert.Empty(await h.Store.FindMessageSubscriptionsAsync("antwort", "KIM-1"));
    }
}
