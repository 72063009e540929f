namespace Kim.Workflows.Engine.Model;

/// <summary>One <c>camunda:constraint</c>: required, readonly, minlength, maxlength, min, max.</summary>
public sealed record FormConstraint(string Name, string? Config);
