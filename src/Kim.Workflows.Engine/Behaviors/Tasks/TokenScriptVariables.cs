using Kim.Workflows.Engine.Execution;
using Kim.Workflows.Engine.Scripting;

namespace Kim.Workflows.Engine.Behaviors.Tasks;

/// <summary>
/// The <c>execution</c> object a script sees: the variables visible from its token. Writes are kept aside and
/// applied by <see cref="Apply"/> once the script succeeded, so a failing script leaves no half of its changes behind.
/// </summary>
internal sealed class TokenScriptVariables(ProcessExecutor executor, ProcessInstance instance, Token token) : IScriptVariables
{
    private readonly Dictionary<string, object?> _written = new(StringComparer.Ordinal);

    public object? GetVariable(string name) =>
        _written.TryGetValue(name, out var written) ? written
        : executor.ReaderFor(instance, token).TryGetVariable(name, out var v) ? v : null;

    public bool HasVariable(string name) => _written.ContainsKey(name) || executor.ReaderFor(instance, token).TryGetVariable(name, out _);

    public void SetVariable(string name, object? value) => _written[name] = value;

    /// <summary>Writes what the script set; a value over the size limit throws before anything is written.</summary>
    public void Apply()
    {
        foreach (var (name, value) in _written)
        {
            executor.CheckVariable(name, Variables.VariableValues.Normalize(value));
        }

        var scopeId = ProcessExecutor.ScopeIdOf(instance, token);
        foreach (var (name, value) in _written)
        {
            executor.SetVariable(instance, scopeId, name, value);
        }
    }
}
