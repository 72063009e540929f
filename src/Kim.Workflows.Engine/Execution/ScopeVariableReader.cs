using Kim.Workflows.Engine.Expressions;

namespace Kim.Workflows.Engine.Execution;

/// <summary>Reads variables from a scope and then its parents, nearest first (BPMN scope hierarchy).</summary>
public sealed class ScopeVariableReader(ProcessInstance instance, Guid scopeId) : IVariableReader, IProcessContextReader
{
    public string? ProcessBusinessKey => instance.BusinessKey;

    public bool TryGetVariable(string name, out object? value)
    {
        for (var scope = instance.FindScope(scopeId); scope is not null; scope = scope.ParentId is { } p ? instance.FindScope(p) : null)
        {
            if (scope.Variables.TryGetValue(name, out value))
            {
                return true;
            }
        }

        value = null;
        return false;
    }
}
