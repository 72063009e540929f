using Kim.Workflows.Engine.Execution;
using Kim.Workflows.Engine.Model;
using Kim.Workflows.Engine.Scripting;

namespace Kim.Workflows.Engine.Behaviors.Tasks;

/// <summary>
/// Script task: runs JavaScript in the sandbox with <c>execution.getVariable/setVariable</c>. The script's writes
/// apply only when it succeeds. A script that throws a plain <c>Error</c> refuses the command that led here (its text is
/// the answer); any other failure (a TypeError, an exceeded limit) stops its token with an incident, and the command
/// that led here still commits.
/// </summary>
public sealed class ScriptTaskBehavior : FlowNodeBehavior
{
    private static readonly JavaScriptRunner Runner = new();

    public override void Execute(ProcessExecutor executor, ProcessInstance instance, Token token)
    {
        var node = (TaskActivity)executor.NodeOf(instance, token);
        var variables = new TokenScriptVariables(executor, instance, token);
        try
        {
            Runner.Run(node.Script!.Source, variables, executor.Options.ScriptLimits);
        }
        catch (ScriptException e) when (e.IsRefusal)
        {
            // The workflow's own answer to bad input: the command that led here is refused with the script's text.
            throw new EngineException(e.Refusal!, node.Id, e);
        }
        catch (ScriptException e)
        {
            executor.FailStep(instance, token, node.Id, $"Das Skript von „{node.Label}“ ist fehlgeschlagen: {e.Message}");
            return;
        }

        try
        {
            variables.Apply();
        }
        catch (Variables.VariableLimitException e)
        {
            executor.FailStep(instance, token, node.Id, $"Das Skript von „{node.Label}“ ist fehlgeschlagen: {e.Message}");
            return;
        }

        executor.Leave(instance, token);
    }
}
