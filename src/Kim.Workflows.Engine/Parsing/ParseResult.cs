using Kim.Workflows.Engine.Model;
using Kim.Workflows.Engine.Validation;

namespace Kim.Workflows.Engine.Parsing;

/// <summary>The model (null when the XML itself was unusable) and what the parser found wrong.</summary>
public sealed record ParseResult(BpmnModel? Model, IReadOnlyList<ValidationProblem> Problems);
