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
    public async Task Endless_script_is_stopped_and_the_completion_before_it_commits_with_an_incident()
    {
        var h = new EngineHarness();
        h.Deploy("Behaviors/Tasks/script-task.bpmn");
        var id = await h.StartAsync("scriptEndless");
        var task = h.Waiting("prepare");
        var before = h.Instance(id);

        await h.Engine.CompleteTaskAsync(task, null);

        var after = h.Instance(id);
        Assert.True(after.Revision > before.Revision);
        Assert.Equal(["spin"], after.Subscriptions.Select(s => s.ElementId));
        Assert.Equal("spin", Assert.Single(after.Incidents).ElementId);
    }
}
