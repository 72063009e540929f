using Kim.Workflows.Engine.Forms;

namespace Kim.Workflows.Engine.Validation;

/// <summary>A problem of a deployment, with the file it belongs to.</summary>
public sealed record DeploymentProblem(string File, ValidationProblem Problem);

/// <summary>A checked deployment: every BPMN file's result, the valid forms, and all problems by file.</summary>
public sealed record DeploymentValidationResult(
    IReadOnlyList<KeyValuePair<string, ValidationResult>> Models,
    DeploymentForms Forms,
    IReadOnlyList<DeploymentProblem> Problems)
{
    public bool IsValid => Models.Count > 0 && Models.All(m => m.Value.IsValid) && !Errors.Any();

    public IEnumerable<DeploymentProblem> Errors => Problems.Where(p => p.Problem.Severity == Severity.Error);

    public IEnumerable<DeploymentProblem> Notes => Problems.Where(p => p.Problem.Severity == Severity.Note);
}
