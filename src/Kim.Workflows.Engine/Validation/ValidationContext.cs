using Kim.Workflows.Engine.Model;

namespace Kim.Workflows.Engine.Validation;

/// <summary>What a rule needs: the model, the process under check, the host's options, and where to report.</summary>
internal sealed class ValidationContext(BpmnModel model, ProcessDefinition process, ValidationOptions options, List<ValidationProblem> problems)
{
    public BpmnModel Model { get; } = model;

    public ProcessDefinition Process { get; } = process;

    public ValidationOptions Options { get; } = options;

    public void Error(FlowElement element, string rule, string message) =>
        problems.Add(new ValidationProblem(element.Id, element.Name, rule, message));

    public void Error(string elementId, string? name, string rule, string message) =>
        problems.Add(new ValidationProblem(elementId, name, rule, message));

    /// <summary>True when an earlier check (the parser included) already reported <paramref name="rule"/> for the element.</summary>
    public bool HasProblem(string elementId, string rule) =>
        problems.Exists(p => p.Rule == rule && string.Equals(p.ElementId, elementId, StringComparison.Ordinal));

    /// <summary>All containers of the process: the process itself and every sub-process.</summary>
    public IEnumerable<IFlowScope> Scopes => new IFlowScope[] { Process }.Concat(Process.AllNodes.OfType<SubProcess>());
}
