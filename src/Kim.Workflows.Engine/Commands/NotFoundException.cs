namespace Kim.Workflows.Engine.Commands;

/// <summary>The task, timer, job or instance does not exist (any more): HTTP 404 for a caller.</summary>
public sealed class NotFoundException : Exception
{
    public NotFoundException(string message)
        : base(message)
    {
    }

    public NotFoundException()
    {
    }

    public NotFoundException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
