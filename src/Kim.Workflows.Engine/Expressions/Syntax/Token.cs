namespace Kim.Workflows.Engine.Expressions.Syntax;

/// <summary>One lexical token; <see cref="Value"/> holds the parsed literal (long, double, string) or identifier name.</summary>
internal readonly record struct Token(TokenKind Kind, int Position, object? Value = null)
{
    public string Name => (string)Value!;
}
