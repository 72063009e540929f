using Kim.Workflows.Engine.Execution;
using Kim.Workflows.Engine.Tests.Support;

namespace Kim.Workflows.Engine.Tests.Behaviors.Events;

public sealed class SignalEventBehaviorTests
{
    [Fact]
    public async Task Throw_in_one_instance_reaches_the_catch_in_another()
    {
        var h = new EngineHarness();
        h.Deploy("Behaviors/Events/signal-throw-catch.bpmn");
        var catcher = await h.StartAsync("signalCatcher");
        var other = await h.StartAsync("signalCatcher");
        Assert.Equal(["stopped"], h.Instance(catcher).Subscriptions.Select(s => s.ElementId));

        var thrower = await h.StartAsync("signalThrower");

        Assert.Equal(InstanceStatus.Completed, h.Instance(thrower).Status);
        Assert.Equal(["afterStop"], h.Instance(catcher).Subscriptions.Select(s => s.ElementId));
        Assert.Equal(["afterStop"], h.Instance(other).Subscriptions.Select(s => s.ElementId));
        Assert.Single(h.Completed(catcher), "stopped");
    }

    [Fact]
    public async Task Broadcast_from_outside_counts_the_catchers()
    {
        var h = new EngineHarness();
        h.Deploy("Behaviors/Events/signal-throw-catch.bpmn");
        var catcher = await h.StartAsync("signalCatcher");

        Assert.Equal(1, await h.Engine.BroadcastSignalAsync("Stopp", null));
        Assert.Equal(0, await h.Engine.BroadcastSignalAsync("Stopp", null));
        Assert.Equal(["afterStop"], h.Instance(catcher).Subscriptions.Select(s => s.ElementId));
    }
}
