using Kim.Workflows.Engine.Commands;
using Kim.Workflows.Engine.Execution;
using Kim.Workflows.Engine.Tests.Support;

namespace Kim.Workflows.Engine.Tests.Behaviors.Gateways;

public sealed class EventBasedGatewayBehaviorTests
{
    [Fact]
    public async Task Message_wins_and_the_timer_is_gone()
    {
        var h = new EngineHarness();
        h.Deploy("Behaviors/Gateways/event-based-gateway.bpmn");
        var id = await h.StartAsync("eventGateway", businessKey: "KIM-2026-0042");
        var timer = h.Waiting("deadline", SubscriptionKind.Timer);

        var result = await h.Engine.CorrelateMessageAsync("Antwort", "KIM-2026-0042", null, null);

        Assert.Equal(CorrelationOutcome.Delivered, result.Outcome);
        Assert.Equal(["review"], h.Instance(id).Subscriptions.Select(s => s.ElementId));
        Assert.Equal(["f0", "fMsg"], h.Flows(id).Take(2));
        Assert.DoesNotContain("fTimer", h.Flows(id));
        Assert.DoesNotContain("deadline", h.Completed(id));
        h.Time.Advance(TimeSpan.FromDays(30));
        Assert.Equal(TimerFireOutcome.Gone, (await h.Engine.FireTimerAsync(timer)).Outcome);
    }

    [Fact]
    public async Task Timer_wins_and_the_message_finds_nobody()
    {
        var h = new EngineHarness();
        h.Deploy("Behaviors/Gateways/event-based-gateway.bpmn");
        var id = await h.StartAsync("eventGateway", businessKey: "KIM-2026-0042");

        var fired = await h.FireTimerAsync("deadline");

        Assert.Equal(TimerFireOutcome.Fired, fired.Outcome);
        Assert.Equal(["escalate"], h.Instance(id).Subscriptions.Select(s => s.ElementId));
        Assert.Contains("deadline", h.Completed(id));
        Assert.DoesNotContain("answer", h.Completed(id));
        var late = await h.Engine.CorrelateMessageAsync("Antwort", "KIM-2026-0042", null, null);
        Assert.Equal(CorrelationOutcome.NoMatch, late.Outcome);
    }
}
