namespace Kim.Workflows.Engine.Expressions.Evaluation;

/// <summary>
/// Raised inside the evaluator where the expression text is not at hand;
/// <see cref="CompiledExpression"/> turns it into an <see cref="ExpressionException"/>.
/// </summary>
internal sealed class EvaluationFailure(string reason, int position, Exception? inner = null, string? missingVariable = null) : Exception(reason, inner)
{
    public int Position { get; } = position;

    /// <summary>The name of the variable that is not set, when that is the failure.</summary>
    public string? MissingVariable { get; } = missingVariable;
}
