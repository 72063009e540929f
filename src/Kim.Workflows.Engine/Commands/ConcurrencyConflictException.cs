namespace Kim.Workflows.Engine.Commands;

/// <summary>Another command changed the instance first (optimistic concurrency): HTTP 409 for a caller.</summary>
public sealed class ConcurrencyConflictException : Exception
{
    public ConcurrencyConflictException(string message)
        : base(message)
    {
    }

    public ConcurrencyConflictException()
    {
    }

    public ConcurrencyConflictException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
