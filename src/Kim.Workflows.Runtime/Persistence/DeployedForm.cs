using Kim.Workflows.Engine.Forms;

namespace Kim.Workflows.Runtime.Persistence;

/// <summary>A stored Camunda Form in the version a task uses: the parsed form, its number and its JSON for the viewer.</summary>
public sealed record DeployedForm(FormDefinition Form, int Version, string Json);
