namespace Kim.Workflows.Web.Api;

/// <summary>An assessment or re-assessment (the first of a file is the Assessment): the day, the rated life areas, a summary.</summary>
public sealed record AssessmentRequest(DateOnly? AssessedOn, IReadOnlyList<AssessmentAreaRequest>? Areas, string? Summary);
