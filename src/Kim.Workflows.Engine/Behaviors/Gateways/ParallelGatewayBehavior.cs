using Kim.Workflows.Engine.Execution;
using Kim.Workflows.Engine.Execution.Journal;

namespace Kim.Workflows.Engine.Behaviors.Gateways;

/// <summary>AND: the join waits for one token per incoming flow and completes once; the split takes every flow.</summary>
public sealed class ParallelGatewayBehavior : FlowNodeBehavior
{
    public override void Execute(ProcessExecutor executor, ProcessInstance instance, Token token)
    {
        var node = executor.NodeOf(instance, token);
        if (JoinSupport.IsJoin(node))
        {
            token.State = TokenState.Joining;
            var waiting = JoinSupport.JoiningAt(instance, token);
            var oneEach = new List<Token>(node.Incoming.Count);
            foreach (var flow in node.Incoming)
            {
                var arrived = waiting.Find(t => t.ArrivedVia == flow.Id);
                if (arrived is null)
                {
                    return; // still waiting for this flow
                }

                oneEach.Add(arrived);
            }

            JoinSupport.Merge(instance, token, oneEach);
        }

        executor.Record(instance, JournalEntryKind.ElementCompleted, node.Id);
        executor.TakeFlows(instance, token, node.Outgoing);
    }
}
