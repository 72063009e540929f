namespace Kim.Workflows.Engine.Expressions.Evaluation;

/// <summary>
/// A top-level identifier. An unknown name is an error, like Camunda's
/// PropertyNotFoundException: a typo in a gateway condition must not silently read null.
/// </summary>
internal sealed class VariableNode(int position, string name) : ExpressionNode(position)
{
    public string Name { get; } = name;

    protected override object? EvaluateCore(EvaluationContext context) =>
        context.Variables.TryGetVariable(Name, out var value)
            ? JuelCoercion.ToModel(value, Position)
            : throw new EvaluationFailure($"unknown variable '{Name}'", Position, missingVariable: Name);
}
