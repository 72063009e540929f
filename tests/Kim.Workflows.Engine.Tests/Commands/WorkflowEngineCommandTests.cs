using Kim.Workflows.Engine.Commands;
using Kim.Workflows.Engine.Execution;
using Kim.Workflows.Engine.Execution.Journal;
using Kim.Workflows.Engine.Tests.Support;

namespace Kim.Workflows.Engine.Tests.Commands;

public sealed class WorkflowEngineCommandTests
{
    [Fact]
    public async Task Fifty_concurrent_completions_of_one_task_have_exactly_one_winner()
    {
        var h = new EngineHarness();
        h.Deploy("Commands/single-user-task.bpmn");
        var id = await h.StartAsync("singleTask");
        var task = h.Waiting("decide");

        using var gate = new ManualResetEventSlim(false);
        var attempts = Enumerable.Range(0, 50).Select(i => Task.Run(async () =>
        {
            gate.Wait();
            try
            {
                await h.Engine.CompleteTaskAsync(task, new Dictionary<string, object?> { ["winner"] = (long)i });
                return "ok";
            }
            catch (NotFoundException)
            {
                return "not-found";
            }
            catch (ConcurrencyConflictException)
            {
                return "conflict";
            }
        })).ToList();
        gate.Set();
        var outcomes = await Task.WhenAll(attempts);

        Assert.Single(outcomes, "ok");
        Assert.All(outcomes, o => Assert.Contains(o, new[] { "ok", "not-found", "conflict" }));
        Assert.Single(h.Completed(id), "decide");
        Assert.Single(h.Store.Journal, j => j.Kind == JournalEntryKind.InstanceCompleted && j.InstanceId == id);
        Assert.Equal(InstanceStatus.Completed, h.Instance(id).Status);
    }

    [Fact]
    public async Task Endless_token_loop_is_stopped_and_the_store_is_unchanged()
    {
        var h = new EngineHarness(new ExecutorOptions { MaxOperationsPerCommand = 10_000 });
        h.Deploy("Commands/endless-token-loop.bpmn");
        var id = await h.StartAsync("endlessLoop");
        var task = h.Waiting("prepare");
        var before = h.Instance(id);
        var commits = h.Store.Commits;

        var e = await Assert.ThrowsAsync<StepFailedException>(() => h.Engine.CompleteTaskAsync(task, null));

        Assert.Contains("10000", e.Message, StringComparison.Ordinal);
        Assert.Equal(commits, h.Store.Commits);
        var after = h.Instance(id);
        Assert.Equal(before.Revision, after.Revision);
        Assert.Equal(InstanceStatus.Running, after.Status);
        Assert.Equal(["prepare"], after.Subscriptions.Select(s => s.ElementId));
        Assert.Equal(task, h.Waiting("prepare"));
    }

    [Fact]
    public async Task Unknown_ids_are_not_found()
    {
        var h = new EngineHarness();
        await Assert.ThrowsAsync<NotFoundException>(() => h.Engine.CompleteTaskAsync(Guid.NewGuid(), null));
        await Assert.ThrowsAsync<NotFoundException>(() => h.Engine.StartAsync("nowhere", null, null));
        await Assert.ThrowsAsync<NotFoundException>(() => h.Engine.CancelAsync(Guid.NewGuid()));
        Assert.Equal(TimerFireOutcome.Gone, (await h.Engine.FireTimerAsync(Guid.NewGuid())).Outcome);
    }
}
