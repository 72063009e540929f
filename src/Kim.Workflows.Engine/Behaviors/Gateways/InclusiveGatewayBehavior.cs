using Kim.Workflows.Engine.Execution;
using Kim.Workflows.Engine.Execution.Journal;
using Kim.Workflows.Engine.Model;

namespace Kim.Workflows.Engine.Behaviors.Gateways;

/// <summary>
/// OR: the split takes every true flow (the default if none). The join (BPMN 2.0 §13.4.3) fires once no
/// other token of its scope can still reach it; the executor asks that when every token is at rest.
/// </summary>
public sealed class InclusiveGatewayBehavior : FlowNodeBehavior
{
    public override void Execute(ProcessExecutor executor, ProcessInstance instance, Token token)
    {
        var node = executor.NodeOf(instance, token);
        if (JoinSupport.IsJoin(node))
        {
            token.State = TokenState.Joining; // decided in TryJoin, when nothing else moves
            return;
        }

        Split(executor, instance, token, node);
    }

    public static bool TryJoin(ProcessExecutor executor, ProcessInstance instance, Token token, Gateway gateway)
    {
        foreach (var other in instance.Tokens)
        {
            if (other.ScopeId == token.ScopeId
                && !(other.State == TokenState.Joining && other.ElementId == gateway.Id)
                && gateway.ReachableFrom.Contains(other.ElementId))
            {
                return false; // a token that may still arrive
            }
        }

        JoinSupport.Merge(instance, token, JoinSupport.JoiningAt(instance, token));
        Split(executor, instance, token, gateway);
        return true;
    }

    private static void Split(ProcessExecutor executor, ProcessInstance instance, Token token, FlowNode node)
    {
        var flows = FlowSelector.Inclusive(executor, instance, token, node);
        executor.Record(instance, JournalEntryKind.ElementCompleted, node.Id);
        executor.TakeFlows(instance, token, flows);
    }
}
