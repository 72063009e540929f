namespace Kim.Workflows.Engine.Expressions.Evaluation;

internal sealed class ConditionalNode(int position, ExpressionNode condition, ExpressionNode whenTrue, ExpressionNode whenFalse)
    : ExpressionNode(position, condition, whenTrue, whenFalse)
{
    protected override object? EvaluateCore(EvaluationContext context) =>
        JuelCoercion.ToBoolean(Children[0].Evaluate(context), Children[0].Position)
            ? Children[1].Evaluate(context)
            : Children[2].Evaluate(context);
}
