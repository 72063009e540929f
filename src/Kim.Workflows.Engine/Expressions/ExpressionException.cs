namespace Kim.Workflows.Engine.Expressions;

/// <summary>
/// A syntax error, a disallowed construct, an unknown variable, a type error or an exceeded limit.
/// The message names the reason, the expression text and the zero-based character position.
/// </summary>
public sealed class ExpressionException : Exception
{
    private const int MaxQuotedLength = 200;

    public ExpressionException(string reason, string expressionText, int position, Exception? innerException = null)
        : base(FormatMessage(reason, expressionText, position), innerException)
    {
        Reason = reason;
        ExpressionText = expressionText;
        Position = position;
    }

    /// <summary>The reason without the expression text, e.g. "unknown variable 'amount'".</summary>
    public string Reason { get; }

    public string ExpressionText { get; }

    /// <summary>The variable the expression needs but the instance does not have (a caller may supply it and retry).</summary>
    public string? MissingVariable { get; init; }

    /// <summary>Zero-based character index into <see cref="ExpressionText"/>.</summary>
    public int Position { get; }

    private static string FormatMessage(string reason, string text, int position)
    {
        // Long expressions would drown the log line; the position still points into the full text.
        var quoted = text.Length <= MaxQuotedLength ? text : string.Concat(text.AsSpan(0, MaxQuotedLength), "…");
        return $"{reason} (Ausdruck \"{quoted}\", Position {position})";
    }
}
