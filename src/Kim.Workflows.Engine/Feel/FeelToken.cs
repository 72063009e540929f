namespace Kim.Workflows.Engine.Feel;

internal enum FeelTokenKind
{
    Name,
    Number,
    String,
    At,
    Symbol,
    End,
}

/// <summary>One lexical unit; <see cref="Position"/> is the zero-based offset into the expression text.</summary>
internal readonly record struct FeelToken(FeelTokenKind Kind, string Text, int Position, int Length)
{
    public bool Is(string symbol) => Kind == FeelTokenKind.Symbol && Text == symbol;

    public bool IsName(string word) => Kind == FeelTokenKind.Name && Text == word;
}
