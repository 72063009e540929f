using Kim.Workflows.Engine.Execution;
using Kim.Workflows.Engine.Model;
using Kim.Workflows.Engine.Variables;

namespace Kim.Workflows.Engine.Behaviors.Tasks;

/// <summary>Embedded sub-process: opens a scope, starts it at its start event; completes when the scope runs empty.</summary>
public sealed class SubProcessBehavior : FlowNodeBehavior
{
    public override void Execute(ProcessExecutor executor, ProcessInstance instance, Token token)
    {
        var node = (SubProcess)executor.NodeOf(instance, token);
        var reader = executor.ReaderFor(instance, token);
        var scope = executor.NewScope(instance, token.ScopeId, token.Id, node.Id, ScopeKind.SubProcess);
        foreach (var input in node.InputOutput?.Inputs ?? [])
        {
            scope.Variables[input.Name] = VariableValues.Normalize(executor.EvaluateParameter(reader, input, node.Id));
        }

        token.ChildScopeId = scope.Id;
        token.State = TokenState.Waiting;
        var start = node.StartEvent ?? throw new EngineException($"Sub-process {node.Label} has no start event.", node.Id);
        executor.Enter(instance, executor.NewToken(instance, scope.Id, start.Id));
    }
}
