using Kim.Workflows.Engine.Validation;

namespace Kim.Workflows.Web.Definitions;

/// <summary>Saved when the XML parses as BPMN (problems may remain: a draft need not be deployable).</summary>
public sealed record DraftSaveResult(bool Saved, IReadOnlyList<ValidationProblem> Problems, DateTimeOffset? SavedAt);
