using System.Text.Json;

namespace Kim.Workflows.Web.Api;

public sealed record StartInstanceRequest(string? ProcessKey, string? BusinessKey, Dictionary<string, JsonElement>? Variables);

public sealed record InstanceStarted(Guid Id, string ProcessKey, string? BusinessKey, string Status);

public sealed record InstanceView(
    Guid Id, string ProcessKey, string DefinitionId, string? BusinessKey, string Status, DateTimeOffset StartedAt, DateTimeOffset? EndedAt,
    IReadOnlyList<string> ActiveElements, IReadOnlyList<IncidentView> Incidents);

public sealed record IncidentView(Guid Id, Guid InstanceId, string ElementId, string Message, DateTimeOffset CreatedAt, DateTimeOffset? ResolvedAt);

public sealed record MigrateRequest(string? TargetDefinitionId, Dictionary<string, string>? Mapping);

public sealed record CorrelateRequest(string? MessageName, string? BusinessKey, Dictionary<string, JsonElement>? CorrelationKeys, Dictionary<string, JsonElement>? Variables);

public sealed record CorrelationResponse(string Outcome, Guid? InstanceId, string Message);

public sealed record TaskView(
    Guid Id, Guid InstanceId, string ElementId, string? Name, string ProcessKey, string? BusinessKey, string? Assignee,
    DateTimeOffset? DueAt, DateTimeOffset CreatedAt, string State, IReadOnlyList<string> CandidateGroups, IReadOnlyList<FormFieldInfo> FormFields);

public sealed record FormFieldInfo(string Id, string Label, string Type, string? DefaultValue, bool Required, bool ReadOnly,
    IReadOnlyDictionary<string, string?> Constraints, IReadOnlyDictionary<string, string> EnumValues);

/// <summary>Values as the form would submit them (text per field id; JSON numbers and booleans are accepted too).</summary>
public sealed record CompleteTaskRequest(Dictionary<string, JsonElement>? Values);
