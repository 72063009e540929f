namespace Kim.Workflows.Engine.Expressions.Evaluation;

internal sealed class UnaryNode(int position, UnaryOperator op, ExpressionNode operand) : ExpressionNode(position, operand)
{
    protected override object? EvaluateCore(EvaluationContext context)
    {
        var value = Children[0].Evaluate(context);
        return op switch
        {
            UnaryOperator.Negate => JuelOperators.Negate(value, Position),
            UnaryOperator.Not => !JuelCoercion.ToBoolean(value, Position),
            _ => JuelOperators.IsEmpty(value),
        };
    }
}
