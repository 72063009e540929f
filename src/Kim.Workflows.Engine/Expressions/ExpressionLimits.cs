namespace Kim.Workflows.Engine.Expressions;

/// <summary>
/// Bounds one evaluation: every node evaluation is a step; strings and collections that an
/// expression produces may not exceed the given sizes.
/// </summary>
public sealed record ExpressionLimits(int MaxSteps = 10_000, int MaxStringLength = 100_000, int MaxCollectionSize = 10_000)
{
    public static ExpressionLimits Default { get; } = new();
}
