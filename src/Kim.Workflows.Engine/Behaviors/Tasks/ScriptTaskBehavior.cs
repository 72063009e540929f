using Kim.Workflows.Engine.Execution;
using Kim.Workflows.Engine.Model;
using Kim.Workflows.Engine.Scripting;

namespace Kim.Workflows.Engine.Behaviors.Tasks;

/// <summary>Script task: runs JavaScript in the sandbox with <c>execution.getVariable/setVariable</c>.</summary>
public sealed class ScriptTaskBehavior : FlowNodeBehavior
{
    private static readonly JavaScriptRunner Runner = new();

    public override void Execute(ProcessExecutor executor, ProcessInstance instance, Token token)
    {
        var node = (TaskActivity)executor.NodeOf(instance, token);
        var script = node.Script!;
        try
        {
            Runner.Run(script.Source, new TokenScriptVariables(executor, instance, token), executor.Options.ScriptLimits);
        }
        catch (ScriptException e)
        {
            throw new EngineException($"Script of {node.Label} failed: {e.Message}", node.Id, e);
        }

        executor.Leave(instance, token);
    }
}
