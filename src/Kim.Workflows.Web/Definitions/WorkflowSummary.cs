namespace Kim.Workflows.Web.Definitions;

/// <summary>A workflow (one BPMN process key) with its versions; <see cref="LatestVersion"/> is the newest published one.</summary>
public sealed record WorkflowSummary(string Key, string Name, IReadOnlyList<WorkflowVersion> Versions, int? LatestVersion, bool HasDraft);
