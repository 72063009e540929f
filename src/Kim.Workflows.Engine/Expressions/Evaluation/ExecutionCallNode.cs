namespace Kim.Workflows.Engine.Expressions.Evaluation;

/// <summary>
/// Camunda's <c>execution.getVariable('x')</c> (null when absent, unlike a bare identifier)
/// and <c>execution.hasVariable('x')</c>. Nothing else of the execution is reachable.
/// </summary>
internal sealed class ExecutionCallNode(int position, bool isHas, ExpressionNode name) : ExpressionNode(position, name)
{
    protected override object? EvaluateCore(EvaluationContext context)
    {
        var name = JuelCoercion.ToText(Children[0].Evaluate(context));
        var found = context.Variables.TryGetVariable(name, out var value);
        return isHas ? found : found ? JuelCoercion.ToModel(value, Position) : null;
    }
}
