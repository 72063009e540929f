namespace Kim.Workflows.Engine.Execution;

/// <summary>Where ids come from: injected so tests and simulations are deterministic.</summary>
public interface IIdGenerator
{
    Guid NewId();
}
