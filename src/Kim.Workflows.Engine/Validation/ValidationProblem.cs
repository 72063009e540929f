namespace Kim.Workflows.Engine.Validation;

/// <summary>
/// One finding about a BPMN file, tied to an element so the designer can mark it.
/// <see cref="Rule"/> is a stable code (e.g. <c>unsupported-element</c>); the message is German for process owners.
/// </summary>
public sealed record ValidationProblem(string ElementId, string? ElementName, string Rule, string Message, Severity Severity = Severity.Error, int? Line = null);
