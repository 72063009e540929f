namespace Kim.Workflows.Engine.Expressions.Evaluation;

/// <summary><c>execution.processBusinessKey</c> / <c>execution.getProcessBusinessKey()</c>: null when the reader knows no instance.</summary>
internal sealed class BusinessKeyNode(int position) : ExpressionNode(position)
{
    protected override object? EvaluateCore(EvaluationContext context) =>
        (context.Variables as IProcessContextReader)?.ProcessBusinessKey;
}
