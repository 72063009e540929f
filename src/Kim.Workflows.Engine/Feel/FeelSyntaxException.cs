namespace Kim.Workflows.Engine.Feel;

/// <summary>
/// A FEEL expression that cannot be parsed. <see cref="Message"/> is German (users see it in forms and
/// decision tables) and names the position as line and column, both counted from 1.
/// </summary>
public sealed class FeelSyntaxException : Exception
{
    public FeelSyntaxException(string expression, int position, string problem)
        : base(Describe(expression, position, problem))
    {
        Position = position;
        Problem = problem;
        (Line, Column) = LineAndColumn(expression, position);
    }

    /// <summary>Zero-based offset into the expression text.</summary>
    public int Position { get; }

    public int Line { get; }

    public int Column { get; }

    /// <summary>The problem without the position, in German.</summary>
    public string Problem { get; }

    private static string Describe(string expression, int position, string problem)
    {
        var (line, column) = LineAndColumn(expression, position);
        return $"FEEL-Ausdruck ungültig in Zeile {line}, Spalte {column}: {problem}";
    }

    private static (int Line, int Column) LineAndColumn(string text, int position)
    {
        var line = 1;
        var column = 1;
        for (var i = 0; i < position && i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                line++;
                column = 1;
            }
            else
            {
                column++;
            }
        }

        return (line, column);
    }
}
