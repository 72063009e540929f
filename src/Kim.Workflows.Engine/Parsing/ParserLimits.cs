namespace Kim.Workflows.Engine.Parsing;

/// <summary>Limits that keep hostile files cheap to refuse.</summary>
public sealed record ParserLimits(long MaxBytes = 10 * 1024 * 1024, int MaxDepth = 64, int MaxSubProcessNesting = 16, int MaxElements = 20_000)
{
    public static ParserLimits Default { get; } = new();
}
