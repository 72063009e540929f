using Kim.Workflows.Engine.Forms;

namespace Kim.Workflows.Engine.Tests.Forms;

/// <summary>
/// Test double for the FEEL seam: each expression a test uses is given as a C# function of the context.
/// An expression the test did not declare fails loudly, so no test passes by evaluating something else.
/// </summary>
internal sealed class FeelDouble : IFormExpressionEvaluator
{
    private readonly Dictionary<string, Func<IReadOnlyDictionary<string, object?>, object?>> _expressions = new(StringComparer.Ordinal);

    public List<(string Expression, IReadOnlyDictionary<string, object?> Context)> Calls { get; } = [];

    public FeelDouble With(string expression, Func<IReadOnlyDictionary<string, object?>, object?> evaluate)
    {
        _expressions[expression] = evaluate;
        return this;
    }

    public object? Evaluate(string expression, IReadOnlyDictionary<string, object?> context)
    {
        Calls.Add((expression, context));
        return _expressions.TryGetValue(expression, out var f)
            ? f(context)
            : throw new FormExpressionException($"Testausdruck „{expression}“ ist nicht deklariert.");
    }
}
