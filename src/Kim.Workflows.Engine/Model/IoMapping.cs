namespace Kim.Workflows.Engine.Model;

/// <summary><c>camunda:inputOutput</c>: inputs become local variables, outputs are copied out on completion.</summary>
public sealed record IoMapping(IReadOnlyList<IoParameter> Inputs, IReadOnlyList<IoParameter> Outputs);
