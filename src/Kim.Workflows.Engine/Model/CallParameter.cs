namespace Kim.Workflows.Engine.Model;

/// <summary>A <c>camunda:in</c>/<c>camunda:out</c>: source variable or source expression to a target, or all variables.</summary>
public sealed record CallParameter(string? Source, string? SourceExpression, string? Target, bool AllVariables, bool Local);
