namespace Kim.Workflows.Engine.Expressions.Evaluation;

internal sealed class LiteralNode(int position, object? value) : ExpressionNode(position)
{
    public object? Value { get; } = value;

    protected override object? EvaluateCore(EvaluationContext context) => Value;
}
