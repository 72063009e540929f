using System.Text;

namespace Kim.Workflows.Engine.Expressions.Evaluation;

/// <summary>Text mixed with <c>${...}</c> blocks: every part is coerced to a string and concatenated.</summary>
internal sealed class CompositeNode(int position, ExpressionNode[] parts) : ExpressionNode(position, parts)
{
    protected override object? EvaluateCore(EvaluationContext context)
    {
        var builder = new StringBuilder();
        foreach (var part in Children)
        {
            builder.Append(JuelCoercion.ToText(part.Evaluate(context)));
            if (builder.Length > context.Limits.MaxStringLength)
            {
                throw new EvaluationFailure($"expression produced a string longer than the limit of {context.Limits.MaxStringLength} characters", part.Position);
            }
        }

        return builder.ToString();
    }
}
