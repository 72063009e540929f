namespace Kim.Workflows.Web.Api;

/// <summary>A Handlungsziel of a goal: the step, who acts, by when, <c>status</c> (as for goals); <c>version</c> for a change (PUT).</summary>
public sealed record HandlungszielRequest(string? Description, string? Responsible, DateOnly? DueOn, string? Status, int? Version);
