namespace Kim.Workflows.Engine.Forms;

/// <summary>
/// The seam to FEEL for forms: <c>conditional.hide</c>, FEEL in <c>validate</c>, readonly/disabled,
/// <c>valuesExpression</c> and expression fields. The host wires the engine's FEEL evaluator; tests use a
/// double. Expressions come without form-js's leading <c>=</c>.
/// </summary>
public interface IFormExpressionEvaluator
{
    /// <summary>
    /// The value of <paramref name="expression"/> in <paramref name="context"/> (variables as the engine's
    /// value model: null, bool, long, double, string, lists, string-keyed maps). FEEL's null is null;
    /// an expression that cannot be evaluated at all throws <see cref="FormExpressionException"/>.
    /// </summary>
    object? Evaluate(string expression, IReadOnlyDictionary<string, object?> context);

    /// <summary>FEEL truth: only <c>true</c> is true (null and non-booleans are not).</summary>
    bool EvaluateToBool(string expression, IReadOnlyDictionary<string, object?> context) => Evaluate(expression, context) is true;
}
