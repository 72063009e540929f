using Kim.Workflows.Engine.Execution;
using Kim.Workflows.Engine.Tests.Support;

namespace Kim.Workflows.Engine.Tests.Behaviors.Tasks;

public sealed class SubProcessBehaviorTests
{
    [Fact]
    public async Task Variables_follow_the_setVariable_rule()
    {
        var h = new EngineHarness();
        h.Deploy("Behaviors/Tasks/subprocess-variables.bpmn");
        var id = await h.StartAsync("subVariables", new { status = "neu" });

        // 'draft' is local to the sub-process (input parameter); 'status' exists at the root; 'note' is new.
        await h.CompleteAsync("edit", new { draft = "fertig", status = "in Arbeit", note = "Termin vereinbart" });

        var instance = h.Instance(id);
        Assert.Equal(["after"], instance.Subscriptions.Select(s => s.ElementId));
        Assert.Equal("in Arbeit", instance.Variables["status"]);
        Assert.Equal("Termin vereinbart", instance.Variables["note"]);
        Assert.False(instance.Variables.ContainsKey("draft"));
        Assert.Single(h.Completed(id), "sub");
    }

    [Fact]
    public async Task Local_variable_is_visible_inside_the_sub_process_only()
    {
        var h = new EngineHarness();
        h.Deploy("Behaviors/Tasks/subprocess-variables.bpmn");
        var id = await h.StartAsync("subVariables");

        var instance = h.Instance(id);
        var token = instance.Tokens.Single(t => t.ElementId == "edit");
        Assert.Equal("leer", new ScopeVariableReader(instance, ProcessExecutor.ScopeIdOf(instance, token)).TryGetVariable("draft", out var v) ? v : null);
        Assert.False(instance.Variables.ContainsKey("draft"));
    }
}
