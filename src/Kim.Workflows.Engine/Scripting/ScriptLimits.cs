namespace Kim.Workflows.Engine.Scripting;

/// <summary>Bounds for one script run; any exceeded bound ends the run with a <see cref="ScriptException"/>.</summary>
public sealed record ScriptLimits(TimeSpan Timeout, long MemoryBytes, int MaxStatements, int RecursionDepth)
{
    public static ScriptLimits Default { get; } = new(TimeSpan.FromSeconds(1), 16 * 1024 * 1024, 100_000, 64);
}
