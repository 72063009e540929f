namespace Kim.Workflows.Engine.Simulation;

/// <summary>A scripted task completion the task's form rejected: German messages by field path.</summary>
public sealed record FormRejection(string ElementId, string FormId, IReadOnlyDictionary<string, string> Errors);
