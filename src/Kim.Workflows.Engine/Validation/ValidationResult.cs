using Kim.Workflows.Engine.Model;

namespace Kim.Workflows.Engine.Validation;

/// <summary>A parsed and checked file: valid only when there is a model and no error.</summary>
public sealed record ValidationResult(BpmnModel? Model, IReadOnlyList<ValidationProblem> Problems)
{
    public bool IsValid => Model is not null && !Problems.Any(p => p.Severity == Severity.Error);

    public IEnumerable<ValidationProblem> Errors => Problems.Where(p => p.Severity == Severity.Error);

    public IEnumerable<ValidationProblem> Notes => Problems.Where(p => p.Severity == Severity.Note);
}
