using Kim.Workflows.Engine.Tests.Support;

namespace Kim.Workflows.Engine.Tests.Behaviors.Events;

public sealed class ErrorEndEventBehaviorTests
{
    [Fact]
    public async Task Boundary_with_the_matching_error_code_wins_over_the_catch_all()
    {
        var h = new EngineHarness();
        h.Deploy("Behaviors/Events/error-end-subprocess.bpmn");
        var id = await h.StartAsync("errorEnd", new { code = "NO_CONSENT" });

        Assert.Equal(["askConsent"], h.Instance(id).Subscriptions.Select(s => s.ElementId));
        var completed = h.Completed(id);
        Assert.Contains("noConsent", completed); // the token reached the error end event
        Assert.Contains("catchConsent", completed);
        Assert.DoesNotContain("catchAll", completed);
        Assert.DoesNotContain("sub", completed); // cancelled by the error, not completed
        Assert.DoesNotContain("done", completed);
    }

    [Fact]
    public async Task Catch_all_boundary_catches_any_other_code()
    {
        var h = new EngineHarness();
        h.Deploy("Behaviors/Events/error-end-subprocess.bpmn");
        var id = await h.StartAsync("errorEnd", new { code = "SOMETHING" });

        Assert.Equal(["handleAny"], h.Instance(id).Subscriptions.Select(s => s.ElementId));
        Assert.Contains("otherError", h.Completed(id));
        Assert.Contains("catchAll", h.Completed(id));
        Assert.DoesNotContain("catchConsent", h.Completed(id));
    }
}
