namespace Kim.Workflows.Engine.Forms;

/// <summary>
/// Used where no FEEL evaluator is wired: forms without FEEL validate fully; any FEEL expression of a
/// form becomes a clear error on its field instead of being skipped silently.
/// </summary>
public sealed class UnavailableFormExpressionEvaluator : IFormExpressionEvaluator
{
    public static UnavailableFormExpressionEvaluator Instance { get; } = new();

    public object? Evaluate(string expression, IReadOnlyDictionary<string, object?> context) =>
        throw new FormExpressionException($"FEEL-Ausdrücke können hier nicht ausgewertet werden (kein FEEL-Auswerter eingebunden): „{expression}“.");
}
