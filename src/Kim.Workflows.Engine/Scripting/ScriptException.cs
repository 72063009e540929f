namespace Kim.Workflows.Engine.Scripting;

/// <summary>A script failed: syntax error, runtime error, exceeded limit or a value that cannot be a variable.</summary>
public sealed class ScriptException : Exception
{
    public ScriptException(string message)
        : base(message)
    {
    }

    public ScriptException(string message, Exception? innerException, int? line = null, int? column = null)
        : base(message, innerException)
    {
        Line = line;
        Column = column;
    }

    /// <summary>One-based line in the script where Jint located the failure, if known.</summary>
    public int? Line { get; }

    public int? Column { get; }

    /// <summary>
    /// The script refused on purpose: it threw a plain <c>Error</c> (<c>throw new Error('Datum ungültig')</c>), the way
    /// a workflow rejects bad input. Its text is <see cref="Refusal"/>. Other failures (TypeError, ReferenceError, exceeded
    /// limits) are faults of the script, not answers.
    /// </summary>
    public bool IsRefusal => Refusal is not null;

    public string? Refusal { get; init; }
}
