using Kim.Workflows.Engine.Execution;
using Kim.Workflows.Engine.Execution.Effects;
using Kim.Workflows.Engine.Tests.Support;

namespace Kim.Workflows.Engine.Tests.Behaviors.Events;

public sealed class TerminateEndEventBehaviorTests
{
    [Fact]
    public async Task Terminate_inside_a_sub_process_ends_only_the_sub_process()
    {
        var h = new EngineHarness();
        h.Deploy("Behaviors/Events/terminate-in-subprocess.bpmn");
        var id = await h.StartAsync("terminateSub");
        Assert.Equal(["inner", "innerDone", "outer"], h.Instance(id).Subscriptions.Select(s => s.ElementId).Order());
        var inner = h.Waiting("inner");

        await h.CompleteAsync("innerDone");

        var instance = h.Instance(id);
        Assert.Equal(InstanceStatus.Running, instance.Status);
        Assert.Equal(["after", "outer"], instance.Subscriptions.Select(s => s.ElementId).Order());
        var completed = h.Completed(id);
        Assert.Contains("terminate", completed);
        Assert.Single(completed, "sub"); // the sub-process then completes normally
        Assert.DoesNotContain("inner", completed);
        Assert.Contains(h.EffectsOf<UserTaskEnded>(), e => e.TaskId == inner && !e.Completed);
    }
}
