namespace Kim.Workflows.Engine.Model;

/// <summary>A script task's script; <see cref="ResultVariable"/> is <c>camunda:resultVariable</c>.</summary>
public sealed record ScriptDefinition(string Format, string Source, string? ResultVariable);
