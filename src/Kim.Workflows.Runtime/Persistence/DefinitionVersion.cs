using Kim.Workflows.Runtime.Persistence.Entities;

namespace Kim.Workflows.Runtime.Persistence;

/// <summary>A row of the versions list (without the XML).</summary>
public sealed record DefinitionVersion(
    string Id, string ProcessKey, int Version, string? Name, DefinitionState State, string ContentHash,
    string? DeployedBy, DateTimeOffset DeployedAt, DateTimeOffset? PublishedAt);
