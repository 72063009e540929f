namespace Kim.Workflows.Engine.Expressions.Evaluation;

/// <summary><c>now()</c>: the evaluation's clock, never the machine clock, so tests can fix time.</summary>
internal sealed class NowNode(int position) : ExpressionNode(position)
{
    protected override object? EvaluateCore(EvaluationContext context) => context.Clock.GetUtcNow();
}
