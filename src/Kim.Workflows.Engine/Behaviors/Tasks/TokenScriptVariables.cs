using Kim.Workflows.Engine.Execution;
using Kim.Workflows.Engine.Scripting;

namespace Kim.Workflows.Engine.Behaviors.Tasks;

/// <summary>The <c>execution</c> object a script sees: the variables visible from its token.</summary>
internal sealed class TokenScriptVariables(ProcessExecutor executor, ProcessInstance instance, Token token) : IScriptVariables
{
    public object? GetVariable(string name) => executor.ReaderFor(instance, token).TryGetVariable(name, out var v) ? v : null;

    public bool HasVariable(string name) => executor.ReaderFor(instance, token).TryGetVariable(name, out _);

    public void SetVariable(string name, object? value) =>
        executor.SetVariable(instance, ProcessExecutor.ScopeIdOf(instance, token), name, value);
}
