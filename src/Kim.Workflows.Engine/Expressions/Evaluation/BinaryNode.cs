namespace Kim.Workflows.Engine.Expressions.Evaluation;

internal sealed class BinaryNode(int position, BinaryOperator op, ExpressionNode left, ExpressionNode right)
    : ExpressionNode(position, left, right)
{
    protected override object? EvaluateCore(EvaluationContext context)
    {
        var left = Children[0].Evaluate(context);
        var right = Children[1].Evaluate(context);
        return JuelOperators.Apply(op, left, right, Position);
    }
}
