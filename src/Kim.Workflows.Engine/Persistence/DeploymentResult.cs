using Kim.Workflows.Engine.Execution;
using Kim.Workflows.Engine.Validation;

namespace Kim.Workflows.Engine.Persistence;

/// <summary>Outcome of deploying a file: the versions it produced (none when unchanged or invalid) and the findings.</summary>
public sealed record DeploymentResult(bool Success, IReadOnlyList<DeployedProcess> Deployed, bool Unchanged, IReadOnlyList<ValidationProblem> Problems);
