namespace Kim.Workflows.Engine.Simulation;

/// <summary>One scripted external event (conformance kit: complete, timer, message, signal).</summary>
public sealed record SimulationAction(string Type, string Id, IReadOnlyDictionary<string, object?>? Variables);
