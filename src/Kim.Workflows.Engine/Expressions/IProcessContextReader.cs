namespace Kim.Workflows.Engine.Expressions;

/// <summary>
/// Optional facts about the running instance that a variable reader can offer to expressions,
/// for Camunda's <c>execution.processBusinessKey</c> (e.g. <c>camunda:in businessKey="#{execution.processBusinessKey}"</c>).
/// </summary>
public interface IProcessContextReader
{
    string? ProcessBusinessKey { get; }
}
