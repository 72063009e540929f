using Kim.Workflows.Engine.Execution;
using Kim.Workflows.Engine.Execution.Effects;
using Kim.Workflows.Engine.Tests.Support;

namespace Kim.Workflows.Engine.Tests.Behaviors.Tasks;

public sealed class MultiInstanceBehaviorTests
{
    [Fact]
    public async Task Parallel_over_a_collection_with_completion_condition_cancels_the_rest()
    {
        var h = new EngineHarness();
        h.Deploy("Behaviors/Tasks/multi-instance.bpmn");
        var id = await h.StartAsync("miParallel", new { reviewers = new List<object?> { "anna", "ben", "cem" } });

        var created = h.EffectsOf<UserTaskCreated>().Where(e => e.ElementId == "review").ToList();
        Assert.Equal(["anna", "ben", "cem"], created.Select(c => c.Task.Assignee));

        await h.Engine.CompleteTaskAsync(created[0].TaskId, null);
        Assert.Equal(2, h.Instance(id).Subscriptions.Count(s => s.ElementId == "review"));
        await h.Engine.CompleteTaskAsync(created[2].TaskId, null);

        var instance = h.Instance(id);
        Assert.Equal(["after"], instance.Subscriptions.Select(s => s.ElementId));
        Assert.Single(h.Completed(id), "review"); // once for the whole multi-instance activity
        Assert.Contains(h.EffectsOf<UserTaskEnded>(), e => e.TaskId == created[1].TaskId && !e.Completed);
        Assert.False(instance.Variables.ContainsKey("reviewer"));
        Assert.False(instance.Variables.ContainsKey("nrOfCompletedInstances"));
    }

    [Fact]
    public async Task Sequential_with_loop_cardinality_runs_one_after_the_other()
    {
        var h = new EngineHarness();
        h.Deploy("Behaviors/Tasks/multi-instance.bpmn");
        var id = await h.StartAsync("miSequential", new { rounds = 3 });

        for (var i = 0; i < 3; i++)
        {
            var waiting = h.Instance(id).Subscriptions.Where(s => s.ElementId == "step").ToList();
            Assert.Single(waiting);
            Assert.Equal($"worker-{i}", h.EffectsOf<UserTaskCreated>().Single(e => e.TaskId == waiting[0].Id).Task.Assignee);
            await h.Engine.CompleteTaskAsync(waiting[0].Id, null);
        }

        Assert.Equal(["sAfter"], h.Instance(id).Subscriptions.Select(s => s.ElementId));
        Assert.Single(h.Completed(id), "step");
        Assert.False(h.Instance(id).Variables.ContainsKey("loopCounter"));
    }

    [Fact]
    public async Task Sequential_over_a_collection_binds_the_element_variable()
    {
        var h = new EngineHarness();
        h.Deploy("Behaviors/Tasks/multi-instance.bpmn");
        var id = await h.StartAsync("miSequentialCollection", new { partners = new List<object?> { "Jobcenter", "Jugendamt" } });

        await h.CompleteAsync("invite");
        await h.CompleteAsync("invite");

        Assert.Equal(["Jobcenter", "Jugendamt"], h.EffectsOf<UserTaskCreated>().Where(e => e.ElementId == "invite").Select(e => e.Task.Assignee));
        Assert.Equal(["qAfter"], h.Instance(id).Subscriptions.Select(s => s.ElementId));
        Assert.Equal(InstanceStatus.Running, h.Instance(id).Status);
    }
}
