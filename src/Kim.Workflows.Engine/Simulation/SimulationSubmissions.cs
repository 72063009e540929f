using Kim.Workflows.Engine.Execution;
using Kim.Workflows.Engine.Forms;
using Kim.Workflows.Engine.Model;

namespace Kim.Workflows.Engine.Simulation;

/// <summary>
/// Task completions in a simulation, treated as the server treats a submitted form: a user task with a
/// Camunda Form gets only the form's validated variables; an invalid submission is rejected and recorded.
/// Tasks without a Camunda Form take the action's variables as they are (the conformance kit's contract).
/// </summary>
internal sealed class SimulationSubmissions(DeploymentForms forms, IFormExpressionEvaluator evaluator, DateOnly today)
{
    private readonly List<FormRejection> _rejected = [];

    public IReadOnlyList<FormRejection> Rejected => _rejected;

    /// <summary>Whether the completion may go ahead, and the variables to complete with.</summary>
    public (bool Accepted, IReadOnlyDictionary<string, object?>? Variables) Accept(ProcessExecutor executor, ProcessInstance instance, Subscription subscription, SimulationAction action)
    {
        var token = instance.Tokens.FirstOrDefault(t => t.Id == subscription.TokenId);
        if (token is null || executor.NodeOf(instance, token) is not TaskActivity { UserTask.Form: { Kind: FormReferenceKind.CamundaForm } reference })
        {
            return (true, action.Variables);
        }

        var form = (reference.FormId is { } id ? forms.ById(id) : null) ?? (reference.FileName is { } file ? forms.ByFileName(file) : null)
            ?? throw new EngineException($"The form of '{action.Id}' is not part of the deployment.", action.Id);
        var current = executor.VisibleVariables(instance, ProcessExecutor.ScopeIdOf(instance, token));
        var result = FormSubmissionValidator.Validate(form, action.Variables ?? new Dictionary<string, object?>(), current, evaluator, today);
        if (!result.IsValid)
        {
            _rejected.Add(new FormRejection(action.Id, form.Id, result.Errors));
            return (false, null);
        }

        return (true, result.Values);
    }
}
