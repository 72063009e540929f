namespace Kim.Workflows.Engine;

/// <summary>
/// A failure while executing a process (no true XOR condition, a failing expression or script).
/// <see cref="ElementId"/> names the element so the message can be shown next to it.
/// </summary>
public class EngineException : Exception
{
    public EngineException(string message, string? elementId = null, Exception? inner = null)
        : base(message, inner)
    {
        ElementId = elementId;
    }

    public EngineException()
    {
    }

    public EngineException(string message)
        : base(message)
    {
    }

    public EngineException(string message, Exception inner)
        : base(message, inner)
    {
    }

    public string? ElementId { get; }
}
