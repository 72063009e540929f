namespace Kim.Workflows.Web.Definitions;

/// <summary>One stored version: <see cref="Version"/> is its number as text, or <c>draft</c>.</summary>
public sealed record WorkflowVersion(string Version, int? Number, WorkflowVersionState State, DateTimeOffset ChangedAt);
