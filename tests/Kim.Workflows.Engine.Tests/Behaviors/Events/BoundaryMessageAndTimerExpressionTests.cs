using Kim.Workflows.Engine.Commands;
using Kim.Workflows.Engine.Execution;
using Kim.Workflows.Engine.Execution.Effects;
using Kim.Workflows.Engine.Tests.Support;

namespace Kim.Workflows.Engine.Tests.Behaviors.Events;

public sealed class BoundaryMessageAndTimerExpressionTests
{
    [Fact]
    public async Task Non_interrupting_message_boundary_stays_armed_until_the_host_ends()
    {
        var h = new EngineHarness();
        h.Deploy("Behaviors/Events/boundary-message-non-interrupting.bpmn");
        var id = await h.StartAsync("messageBoundary", businessKey: "KIM-1");

        Assert.Equal(CorrelationOutcome.Delivered, (await h.Engine.CorrelateMessageAsync("Nachfrage", "KIM-1", null, null)).Outcome);
        Assert.Equal(CorrelationOutcome.Delivered, (await h.Engine.CorrelateMessageAsync("Nachfrage", "KIM-1", null, null)).Outcome);
        Assert.Equal(2, h.Completed(id).Count(e => e == "inquiry"));
        Assert.Equal(2, h.Completed(id).Count(e => e == "noted"));
        Assert.NotNull(h.FindWaiting("answer", SubscriptionKind.UserTask));

        await h.CompleteAsync("answer");

        Assert.Equal(InstanceStatus.Completed, h.Instance(id).Status);
        Assert.Equal(CorrelationOutcome.NoMatch, (await h.Engine.CorrelateMessageAsync("Nachfrage", "KIM-1", null, null)).Outcome);
    }

    [Fact]
    public async Task Timer_from_an_expression()
    {
        var h = new EngineHarness();
        h.Deploy("Behaviors/Events/boundary-message-non-interrupting.bpmn");
        var id = await h.StartAsync("timerExpression", new { reassessmentInterval = "PT36H" });

        var scheduled = Assert.Single(h.EffectsOf<TimerScheduled>());
        Assert.Equal(EngineHarness.Start.AddHours(36), scheduled.DueAt);
        Assert.Equal(TimerFireOutcome.Fired, (await h.FireTimerAsync("wait")).Outcome);
        Assert.Equal(InstanceStatus.Completed, h.Instance(id).Status);
    }
}
