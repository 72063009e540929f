namespace Kim.Workflows.Engine.Validation;

/// <summary>One file of a deployment: a BPMN model (<c>.bpmn</c>, <c>.bpmn20.xml</c>) or a Camunda Form (<c>.form</c>).</summary>
public sealed record DeploymentFile(string Name, byte[] Content)
{
    public bool IsForm => Name.EndsWith(".form", StringComparison.OrdinalIgnoreCase);

    public bool IsBpmn => Name.EndsWith(".bpmn", StringComparison.OrdinalIgnoreCase) || Name.EndsWith(".bpmn20.xml", StringComparison.OrdinalIgnoreCase);
}
