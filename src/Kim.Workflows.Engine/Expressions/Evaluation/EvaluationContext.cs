namespace Kim.Workflows.Engine.Expressions.Evaluation;

/// <summary>Per-evaluation state: the variables, the limits, the clock and the step counter.</summary>
internal sealed class EvaluationContext(IVariableReader variables, ExpressionLimits limits, TimeProvider clock)
{
    private int _steps;

    public IVariableReader Variables { get; } = variables;

    public ExpressionLimits Limits { get; } = limits;

    public TimeProvider Clock { get; } = clock;

    public void Step(int position)
    {
        if (++_steps > Limits.MaxSteps)
        {
            throw new EvaluationFailure($"expression exceeded the limit of {Limits.MaxSteps} evaluation steps", position);
        }
    }

    public string CheckString(string value, int position) =>
        value.Length <= Limits.MaxStringLength
            ? value
            : throw new EvaluationFailure($"expression produced a string of {value.Length} characters, more than the limit of {Limits.MaxStringLength}", position);

    public object? CheckResult(object? value, int position)
    {
        var size = value switch
        {
            List<object?> list => list.Count,
            Dictionary<string, object?> map => map.Count,
            _ => 0,
        };
        if (size > Limits.MaxCollectionSize)
        {
            throw new EvaluationFailure($"expression produced a collection of {size} elements, more than the limit of {Limits.MaxCollectionSize}", position);
        }

        return value is string s ? CheckString(s, position) : value;
    }
}
