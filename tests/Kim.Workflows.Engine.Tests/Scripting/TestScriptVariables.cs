using Kim.Workflows.Engine.Scripting;

namespace Kim.Workflows.Engine.Tests.Scripting;

internal sealed class TestScriptVariables : IScriptVariables
{
    public Dictionary<string, object?> Values { get; } = new(StringComparer.Ordinal);

    public object? GetVariable(string name) => Values.GetValueOrDefault(name);

    public void SetVariable(string name, object? value) => Values[name] = value;

    public bool HasVariable(string name) => Values.ContainsKey(name);
}
