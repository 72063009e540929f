namespace Kim.Workflows.Engine.Simulation;

/// <summary>A clock that never moves by itself: in a simulation, timers fire only when told to.</summary>
public sealed class FixedTimeProvider(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
