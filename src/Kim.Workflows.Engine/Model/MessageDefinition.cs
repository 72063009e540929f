namespace Kim.Workflows.Engine.Model;

/// <summary>A root-level <c>message</c>: id (what elements refer to) and name (what correlation uses).</summary>
public sealed record MessageDefinition(string Id, string Name);
