namespace Kim.Workflows.Engine.Expressions.Evaluation;

/// <summary><c>target.name(args)</c>, restricted to <see cref="MethodWhitelist"/>.</summary>
internal sealed class MethodCallNode(int position, ExpressionNode target, string name, ExpressionNode[] arguments)
    : ExpressionNode(position, [target, .. arguments])
{
    protected override object? EvaluateCore(EvaluationContext context)
    {
        var target = Children[0].Evaluate(context);
        var args = new object?[Children.Count - 1];
        for (var i = 0; i < args.Length; i++)
        {
            args[i] = Children[i + 1].Evaluate(context);
        }

        return MethodWhitelist.Invoke(target, name, args, context, Position);
    }
}
