using Kim.Workflows.Engine.Tests.Support;

namespace Kim.Workflows.Engine.Tests.Behaviors.Tasks;

public sealed class ScriptTaskBehaviorTests
{
    [Fact]
    public async Task Script_sets_a_variable()
    {
        var h = new EngineHarness();
        h.Deploy("Behaviors/Tasks/script-task.bpmn");
        var id = await h.StartAsync("scriptTask", new { a = 2, b = 3 });

        Assert.Equal(5L, Convert.ToInt64(h.Instance(id).Variables["total"]));
        Assert.Equal(["after"], h.Instance(id).Subscriptions.Select(s => s.ElementId));
    }

    [Fact]
    public async Task Endless_script_is_stopped_cleanly_and_the_store_is_unchanged()
    {
        var h = new EngineHarness();
        h.Deploy("Behaviors/Tasks/script-task.bpmn");
        var id = await h.StartAsync("scriptEndless");
        var task = h.Waiting("prepare");
        var before = h.Instance(id);

        var e = await Assert.ThrowsAsync<EngineException>(() => h.Engine.CompleteTaskAsync(task, null));

        Assert.Equal("spin", e.ElementId);
        var after = h.Instance(id);
        Assert.Equal(before.Revision, after.Revision);
        Assert.Equal(["prepare"], after.Subscriptions.Select(s => s.ElementId));
    }
}
