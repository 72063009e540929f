using Kim.Workflows.Engine.Execution;

namespace Kim.Workflows.Engine.Behaviors;

/// <summary>Base for behaviours: by default a node passes straight through and cannot be triggered.</summary>
public abstract class FlowNodeBehavior : IFlowNodeBehavior
{
    public virtual void Execute(ProcessExecutor executor, ProcessInstance instance, Token token) =>
        executor.Leave(instance, token);

    public virtual void Trigger(ProcessExecutor executor, ProcessInstance instance, Token token, Subscription subscription) =>
        throw new EngineException($"Element '{token.ElementId}' does not wait for anything.", token.ElementId);
}
