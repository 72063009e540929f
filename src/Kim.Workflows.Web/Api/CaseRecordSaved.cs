namespace Kim.Workflows.Web.Api;

/// <summary>A stored part of the case file (assessment, goal, step, agreement, service): its id and the version a change must name.</summary>
public sealed record CaseRecordSaved(Guid Id, int Version, string Location);
