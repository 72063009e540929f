namespace Kim.Workflows.Engine.Model;

/// <summary>A root-level <c>signal</c>.</summary>
public sealed record SignalDefinition(string Id, string Name);
