using Kim.Workflows.Engine.Execution;
using Kim.Workflows.Engine.Expressions;
using Kim.Workflows.Engine.Model;

namespace Kim.Workflows.Engine.Behaviors.Tasks;

/// <summary>
/// Call activity: starts the called process as a child instance; variables cross only through
/// <c>camunda:in</c>/<c>camunda:out</c>. The caller waits until the child completes.
/// </summary>
public sealed class CallActivityBehavior : FlowNodeBehavior
{
    public override void Execute(ProcessExecutor executor, ProcessInstance instance, Token token)
    {
        var node = (CallActivity)executor.NodeOf(instance, token);
        var key = node.CalledElement.Contains("${", StringComparison.Ordinal) || node.CalledElement.Contains("#{", StringComparison.Ordinal)
            ? executor.EvaluateText(instance, token, node.CalledElement, node.Id)
            : node.CalledElement;
        var called = executor.Definitions.FindLatest(key)
            ?? throw new EngineException($"Call activity {node.Label} calls process '{key}', which is not deployed.", node.Id);
        var reader = executor.ReaderFor(instance, token);
        var variables = Map(executor, reader, node.In, () => executor.VisibleVariables(instance, ProcessExecutor.ScopeIdOf(instance, token)), node.Id);
        var businessKey = node.BusinessKeyExpression is { } bk ? executor.EvaluateText(instance, token, bk, node.Id) : null;
        token.State = TokenState.Waiting;
        var child = executor.StartInstance(called, businessKey, variables, null, instance, token);
        token.CalledInstanceId = child.Id;
    }

    public static void CalledInstanceCompleted(ProcessExecutor executor, ProcessInstance parent, Token token, ProcessInstance child)
    {
        var node = (CallActivity)executor.NodeOf(parent, token);
        var reader = new ScopeVariableReader(child, child.RootScope.Id);
        var outputs = Map(executor, reader, node.Out, () => new Dictionary<string, object?>(child.RootScope.Variables), node.Id);
        token.CalledInstanceId = null;
        foreach (var (name, value) in outputs)
        {
            executor.SetVariable(parent, token.ScopeId, name, value);
        }

        executor.Leave(parent, token);
    }

    private static Dictionary<string, object?> Map(
        ProcessExecutor executor, IVariableReader reader, IReadOnlyList<CallParameter> parameters, Func<Dictionary<string, object?>> all, string elementId)
    {
        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var p in parameters)
        {
            if (p.AllVariables)
            {
                foreach (var (k, v) in all())
                {
                    result[k] = v;
                }
            }
            else if (p.Target is { } target)
            {
                result[target] = p.SourceExpression is { } expression
                    ? executor.Evaluate(reader, expression, elementId)
                    : reader.TryGetVariable(p.Source!, out var value) ? value : null;
            }
        }

        return result;
    }
}
