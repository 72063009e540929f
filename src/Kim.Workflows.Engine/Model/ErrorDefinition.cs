namespace Kim.Workflows.Engine.Model;

/// <summary>A root-level <c>error</c>; <see cref="ErrorCode"/> is what boundary events match on.</summary>
public sealed record ErrorDefinition(string Id, string? Name, string? ErrorCode);
