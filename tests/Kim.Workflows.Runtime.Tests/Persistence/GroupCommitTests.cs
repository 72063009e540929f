using Kim.Workflows.Engine.Commands;
using Kim.Workflows.Engine.Execution;
using Kim.Workflows.Engine.Execution.Effects;
using Kim.Workflows.Engine.Persistence;
using Kim.Workflows.Runtime.Persistence.Entities;
using Kim.Workflows.Runtime.Tests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Kim.Workflows.Runtime.Tests.Persistence;

/// <summary>
/// Commands that arrive while a commit runs are written together, each in its own savepoint. The group is lined up
/// deterministically: another connection holds SQLite's write lock, so the first command's writer waits in BEGIN while
/// the others queue behind it; releasing the lock lets the writer finish the first and write the rest as one group.
/// </summary>
public sealed class GroupCommitTests
{
    private static readonly Dictionary<string, object?> Ahlen = new() { ["district"] = "ahlen" };

    [Fact]
    public async Task A_conflict_inside_a_group_rolls_back_only_that_command()
    {
        await using var h = await StoreHarness.CreateAsync();
        await h.Definitions.DeployAsync(Bpmn.Read("Persistence/user-task.bpmn"), "user-task.bpmn");
        var waiting = await h.Engine.StartAsync("erstberatung", "KIM-2026-0001", Ahlen);
        var taskId = waiting.Effects.OfType<UserTaskCreated>().Single().TaskId;

        await using var blocker = await HoldWriteLockAsync(h);
        var first = Task.Run(() => h.Engine.StartAsync("erstberatung", "KIM-2026-0002", Ahlen));
        await Eventually.WaitForAsync(() => Task.FromResult(h.Store.Writer.IsWriting), "the first command's writer waiting for the lock");

        // Both completions load the task at the same revision before either is written; the start is independent.
        var completions = Enumerable.Range(0, 2)
            .Select(_ => Task.Run(() => h.Engine.CompleteTaskAsync(taskId, new Dictionary<string, object?> { ["ergebnis"] = "Assessment" }, new CommandContext("complete-task", "anna"))))
            .ToList();
        var third = Task.Run(() => h.Engine.StartAsync("erstberatung", "KIM-2026-0003", Ahlen));
        await Eventually.WaitForAsync(() => Task.FromResult(h.Store.Writer.Waiting), n => n == 3, "three commands queued behind the first");

        await ExecuteAsync(blocker, "ROLLBACK");
        await first;
        await third;
        var outcomes = await Task.WhenAll(completions.Select(async c =>
        {
            try
            {
                await c;
                return "won";
            }
            catch (ConcurrencyConflictException)
            {
                return "conflict";
            }
        }));
        Assert.Equal(["conflict", "won"], outcomes.Order());

        await using var db = h.Db();
        Assert.Equal(3, await db.Instances.CountAsync());
        var completed = await db.Instances.SingleAsync(i => i.Id == waiting.InstanceId);
        Assert.Equal(InstanceStatus.Completed, completed.Status);
        Assert.Equal(2, completed.Revision);
        Assert.Equal(1, await db.Journal.CountAsync(j => j.InstanceId == waiting.InstanceId && j.Kind == Engine.Execution.Journal.JournalEntryKind.InstanceCompleted));
        Assert.Equal(UserTaskState.Completed, (await db.UserTasks.SingleAsync(t => t.Id == taskId)).State);
        Assert.Equal(2, await db.UserTasks.CountAsync(t => t.State == UserTaskState.Open));
    }

    [Fact]
    public async Task A_command_failing_after_some_writes_leaves_none_of_them_while_its_group_commits()
    {
        await using var h = await StoreHarness.CreateAsync();
        await h.Definitions.DeployAsync(Bpmn.Read("Persistence/user-task.bpmn"), "user-task.bpmn");
        var existing = await h.Engine.StartAsync("erstberatung", "KIM-2026-0001", Ahlen);
        var stored = (await h.Store.LoadTreeAsync(existing.InstanceId!.Value)).Single();

        await using var blocker = await HoldWriteLockAsync(h);
        var first = Task.Run(() => h.Engine.StartAsync("erstberatung", "KIM-2026-0002", Ahlen));
        await Eventually.WaitForAsync(() => Task.FromResult(h.Store.Writer.IsWriting), "the first command's writer waiting for the lock");

        // One command with two instances: a new one (written first) and the stored one again as if new (a duplicate).
        var fresh = Copy(stored, Guid.CreateVersion7());
        var failing = Task.Run(async () => await h.Store.SaveAsync(new CommitBatch(
            [fresh, Copy(stored, stored.Id)], new Dictionary<Guid, long>(), [], [], CommandContext.System("test"), h.Time.GetUtcNow())));
        var other = Task.Run(() => h.Engine.StartAsync("erstberatung", "KIM-2026-0003", Ahlen));
        await Eventually.WaitForAsync(() => Task.FromResult(h.Store.Writer.Waiting), n => n == 2, "two commands queued behind the first");
        await ExecuteAsync(blocker, "ROLLBACK");

        await first;
        await other;
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => failing);
        await using var db = h.Db();
        Assert.False(await db.Instances.AnyAsync(i => i.Id == fresh.Id));
        Assert.Equal(3, await db.Instances.CountAsync());
    }

    [Fact]
    public async Task A_read_while_a_commit_is_written_uses_a_pooled_connection_instead_of_waiting()
    {
        await using var h = await StoreHarness.CreateAsync();
        await h.Definitions.DeployAsync(Bpmn.Read("Persistence/user-task.bpmn"), "user-task.bpmn");
        var existing = await h.Engine.StartAsync("erstberatung", "KIM-2026-0001", Ahlen);

        await using var blocker = await HoldWriteLockAsync(h);
        var writing = Task.Run(() => h.Engine.StartAsync("erstberatung", "KIM-2026-0002", Ahlen));
        await Eventually.WaitForAsync(() => Task.FromResult(h.Store.Writer.IsWriting), "the writer waiting for the lock");

        // The writer is stuck in BEGIN until the blocker lets go; the read must not queue behind it.
        var tree = await h.Store.LoadTreeAsync(existing.InstanceId!.Value).AsTask().WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal(existing.InstanceId, tree.Single().Id);
        Assert.False(writing.IsCompleted);

        await ExecuteAsync(blocker, "ROLLBACK");
        await writing;
    }

    [Fact]
    public async Task Commands_arriving_during_a_read_on_the_writer_are_written_right_after_it()
    {
        await using var h = await StoreHarness.CreateAsync();
        await h.Definitions.DeployAsync(Bpmn.Read("Persistence/user-task.bpmn"), "user-task.bpmn");
        var entered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var reading = h.Store.Writer.TryReadAsync(async db =>
        {
            entered.SetResult();
            await release.Task;
            return await db.Instances.CountAsync();
        }).AsTask();
        await entered.Task;

        // While the read holds the writer: a second read goes elsewhere, and starts queue for the next group.
        var (ran, _) = await h.Store.Writer.TryReadAsync(db => Task.FromResult(0));
        Assert.False(ran);
        var starts = Enumerable.Range(1, 2).Select(n => Task.Run(() => h.Engine.StartAsync("erstberatung", $"KIM-2026-000{n}", Ahlen))).ToList();
        await Eventually.WaitForAsync(() => Task.FromResult(h.Store.Writer.Waiting), n => n == 2, "two starts queued behind the read");

        release.SetResult();
        Assert.Equal((true, 0), await reading);
        await Task.WhenAll(starts).WaitAsync(TimeSpan.FromSeconds(30)); // a lost hand-over would leave them waiting forever
        await using var db = h.Db();
        Assert.Equal(2, await db.Instances.CountAsync());
        await Eventually.WaitForAsync(() => Task.FromResult(h.Store.Writer.IsWriting), writing => !writing, "the writer idle again");
    }

    [Fact]
    public async Task A_read_on_the_idle_writer_sees_what_another_node_committed()
    {
        await using var h = await StoreHarness.CreateAsync();
        await h.Definitions.DeployAsync(Bpmn.Read("Persistence/user-task.bpmn"), "user-task.bpmn");
        var started = await h.Engine.StartAsync("erstberatung", "KIM-2026-0001", Ahlen);
        var taskId = started.Effects.OfType<UserTaskCreated>().Single().TaskId;

        // A second store on the same file, as a second node has: its writer connection reads (and caches) the tree first.
        await using var otherNode = new Kim.Workflows.Runtime.Persistence.EfInstanceStore(h.Contexts, h.Definitions);
        Assert.Equal(InstanceStatus.Running, (await otherNode.LoadTreeAsync(started.InstanceId!.Value)).Single().Status);

        await h.Engine.CompleteTaskAsync(taskId, new Dictionary<string, object?> { ["ergebnis"] = "Assessment" }, new CommandContext("complete-task", "anna"));

        var reread = (await otherNode.LoadTreeAsync(started.InstanceId!.Value)).Single();
        Assert.Equal(InstanceStatus.Completed, reread.Status);
        Assert.Equal(2, reread.Revision);
    }

    private static ProcessInstance Copy(ProcessInstance instance, Guid id)
    {
        var json = Kim.Workflows.Runtime.Serialization.ProcessInstanceSerializer.Serialize(instance)
            .Replace(instance.Id.ToString(), id.ToString(), StringComparison.OrdinalIgnoreCase);
        return Kim.Workflows.Runtime.Serialization.ProcessInstanceSerializer.Deserialize(json);
    }

    /// <summary>Another connection takes SQLite's write lock; the store's writer then waits in BEGIN (busy timeout).</summary>
    private static async Task<SqliteConnection> HoldWriteLockAsync(StoreHarness h)
    {
        var blocker = new SqliteConnection(h.Contexts.ConnectionString.Replace("Pooling=True", "Pooling=False", StringComparison.Ordinal));
        await blocker.OpenAsync();
        await ExecuteAsync(blocker, "BEGIN IMMEDIATE");
        return blocker;
    }

    private static async Task ExecuteAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }
}
