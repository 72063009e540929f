namespace Kim.Workflows.Engine.Expressions.Evaluation;

/// <summary>
/// <c>a[i]</c> on a list or <c>a['key']</c> on a map. As in JUEL, a null base, a missing key
/// and an index out of range yield null.
/// </summary>
internal sealed class IndexNode(int position, ExpressionNode target, ExpressionNode index) : ExpressionNode(position, target, index)
{
    protected override object? EvaluateCore(EvaluationContext context)
    {
        var target = Children[0].Evaluate(context);
        var index = Children[1].Evaluate(context);
        switch (target)
        {
            case null:
                return null;
            case Dictionary<string, object?> map:
                return map.TryGetValue(JuelCoercion.ToText(index), out var value) ? JuelCoercion.ToModel(value, Position) : null;
            case List<object?> list:
                var i = JuelCoercion.ToLong(index, Position);
                return i >= 0 && i < list.Count ? JuelCoercion.ToModel(list[(int)i], Position) : null;
            default:
                throw new EvaluationFailure($"{JuelCoercion.TypeName(target)} cannot be indexed", Position);
        }
    }
}
