using Kim.Workflows.Engine.Execution;
using Kim.Workflows.Engine.Tests.Support;

namespace Kim.Workflows.Engine.Tests.Behaviors.Gateways;

public sealed class ExclusiveGatewayBehaviorTests
{
    [Theory]
    [InlineData(500, "large", "fLarge")] // both conditions hold: the first in document order wins
    [InlineData(50, "medium", "fMedium")]
    [InlineData(1, "small", "fDefault")] // none holds: the default, although it stands first in the file
    public async Task Takes_first_true_flow_in_document_order_else_default(int amount, string expectedTask, string expectedFlow)
    {
        var h = new EngineHarness();
        h.Deploy("Behaviors/Gateways/exclusive-document-order-default.bpmn");
        var id = await h.StartAsync("xorOrder", new { amount });

        var waiting = Assert.Single(h.Instance(id).Subscriptions);
        Assert.Equal(expectedTask, waiting.ElementId);
        Assert.Equal(["f0", expectedFlow], h.Flows(id));
    }
}
