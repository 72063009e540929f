using System.Runtime.CompilerServices;

namespace Kim.Workflows.Engine.Expressions.Evaluation;

/// <summary>
/// A node of the immutable syntax tree. Nodes hold no evaluation state, so one compiled
/// tree can be evaluated from many threads at once.
/// </summary>
internal abstract class ExpressionNode
{
    protected ExpressionNode(int position, params ExpressionNode[] children)
    {
        Position = position;
        Children = children;
        Depth = 1 + (children.Length == 0 ? 0 : children.Max(c => c.Depth));
    }

    public int Position { get; }

    /// <summary>Height of the subtree; bounded by the parser so evaluation cannot overflow the stack.</summary>
    public int Depth { get; }

    public IReadOnlyList<ExpressionNode> Children { get; }

    public object? Evaluate(EvaluationContext context)
    {
        context.Step(Position);

        // Tree height is bounded by the parser; this guards threads with small stacks as well.
        RuntimeHelpers.EnsureSufficientExecutionStack();
        return EvaluateCore(context);
    }

    protected abstract object? EvaluateCore(EvaluationContext context);
}
