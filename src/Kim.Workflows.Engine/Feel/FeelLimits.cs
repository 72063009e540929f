namespace Kim.Workflows.Engine.Feel;

/// <summary>
/// Bounds one FEEL evaluation, like <see cref="Expressions.ExpressionLimits"/> for JUEL: node
/// evaluations (steps), nesting of function calls, wall time, and the size of strings, lists and
/// contexts an expression may build or receive. The expression text itself is bounded too.
/// </summary>
public sealed record FeelLimits(
    int MaxSteps = 200_000,
    int MaxCallDepth = 64,
    int MaxStringLength = 100_000,
    int MaxCollectionSize = 10_000,
    int MaxExpressionLength = 20_000,
    int MaxNesting = 100)
{
    public static FeelLimits Default { get; } = new();

    /// <summary>Longest an evaluation may run (checked between steps).</summary>
    public TimeSpan MaxDuration { get; init; } = TimeSpan.FromSeconds(2);
}

/// <summary>An evaluation stopped by a limit; the message is German.</summary>
internal sealed class FeelLimitException(string message) : Exception(message);
