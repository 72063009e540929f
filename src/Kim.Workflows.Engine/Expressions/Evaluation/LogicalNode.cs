namespace Kim.Workflows.Engine.Expressions.Evaluation;

/// <summary><c>&amp;&amp;</c>/<c>and</c> and <c>||</c>/<c>or</c>, short-circuit as in JUEL 1.9.</summary>
internal sealed class LogicalNode(int position, bool isAnd, ExpressionNode left, ExpressionNode right)
    : ExpressionNode(position, left, right)
{
    protected override object? EvaluateCore(EvaluationContext context)
    {
        var left = JuelCoercion.ToBoolean(Children[0].Evaluate(context), Children[0].Position);
        if (left != isAnd)
        {
            return left;
        }

        return JuelCoercion.ToBoolean(Children[1].Evaluate(context), Children[1].Position);
    }
}
