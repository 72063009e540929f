namespace Kim.Workflows.Engine.Expressions;

/// <summary>
/// The clock of an evaluation that was given none: <c>now()</c> fails instead of reading the machine's clock,
/// so every instant the engine sees comes from the host's <see cref="TimeProvider"/> (a test's fake clock included).
/// </summary>
internal sealed class NoClock : TimeProvider
{
    public static readonly NoClock Instance = new();

    public override DateTimeOffset GetUtcNow() =>
        throw new InvalidOperationException("now() needs a clock: pass the engine's TimeProvider to Evaluate.");
}
