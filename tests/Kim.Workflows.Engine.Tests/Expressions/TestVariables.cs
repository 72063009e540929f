using Kim.Workflows.Engine.Expressions;

namespace Kim.Workflows.Engine.Tests.Expressions;

internal sealed class TestVariables(Dictionary<string, object?> values) : IVariableReader
{
    public TestVariables()
        : this(new Dictionary<string, object?>())
    {
    }

    public bool TryGetVariable(string name, out object? value) => values.TryGetValue(name, out value);
}
