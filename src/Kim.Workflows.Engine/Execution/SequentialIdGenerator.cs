namespace Kim.Workflows.Engine.Execution;

/// <summary>
/// Time-ordered ids (UUID v7) from the injected clock plus a counter, so ids sort by creation
/// and index well in a database.
/// </summary>
public sealed class SequentialIdGenerator(TimeProvider time) : IIdGenerator
{
    public Guid NewId() => Guid.CreateVersion7(time.GetUtcNow());
}
