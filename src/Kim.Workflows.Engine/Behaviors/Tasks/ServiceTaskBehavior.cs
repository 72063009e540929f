using Kim.Workflows.Engine.Execution;
using Kim.Workflows.Engine.Execution.Effects;
using Kim.Workflows.Engine.Model;

namespace Kim.Workflows.Engine.Behaviors.Tasks;

/// <summary>
/// Service, send and business-rule tasks. A named handler runs outside the transaction: the token waits
/// on a job until the host reports the result. A plain <c>camunda:expression</c> is evaluated in place.
/// </summary>
public sealed class ServiceTaskBehavior : WaitStateBehavior
{
    public override void Execute(ProcessExecutor executor, ProcessInstance instance, Token token)
    {
        var node = (TaskActivity)executor.NodeOf(instance, token);
        var binding = node.Binding;
        if (binding is null || !executor.Options.RunHandlers)
        {
            executor.Leave(instance, token);
            return;
        }

        if (!binding.NeedsHandler)
        {
            var result = executor.Evaluate(instance, token, binding.Expression!, node.Id);
            if (binding.ResultVariable is { } variable)
            {
                executor.SetVariable(instance, ProcessExecutor.ScopeIdOf(instance, token), variable, result);
            }

            executor.Leave(instance, token);
            return;
        }

        CreateJob(executor, instance, token, node.Id, binding);
    }

    /// <summary>Opens a job subscription; its inputs are the visible variables plus the connector's input parameters.</summary>
    public static void CreateJob(ProcessExecutor executor, ProcessInstance instance, Token token, string elementId, ServiceBinding binding)
    {
        var subscription = executor.Subscribe(instance, token, elementId, SubscriptionKind.Job, binding.HandlerName);
        var inputs = executor.VisibleVariables(instance, ProcessExecutor.ScopeIdOf(instance, token));
        if (binding.ConnectorIo is { } io)
        {
            var reader = executor.ReaderFor(instance, token);
            foreach (var parameter in io.Inputs)
            {
                inputs[parameter.Name] = executor.EvaluateParameter(reader, parameter, elementId);
            }
        }

        executor.Emit(new JobCreated(instance.Id, subscription.Id, elementId, binding.HandlerName, instance.BusinessKey, inputs));
        token.State = TokenState.Waiting;
    }
}
