namespace Kim.Workflows.Engine.Expressions.Evaluation;

/// <summary><c>a.b</c>: a map entry. JUEL yields null for a null base and for a missing key.</summary>
internal sealed class MemberNode(int position, ExpressionNode target, string name) : ExpressionNode(position, target)
{
    protected override object? EvaluateCore(EvaluationContext context) =>
        Children[0].Evaluate(context) switch
        {
            null => null,
            Dictionary<string, object?> map => map.TryGetValue(name, out var value) ? JuelCoercion.ToModel(value, Position) : null,
            var other => throw new EvaluationFailure($"property '{name}' cannot be read from {JuelCoercion.TypeName(other)}", Position),
        };
}
