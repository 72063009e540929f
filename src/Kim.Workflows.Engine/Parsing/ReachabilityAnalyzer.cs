using Kim.Workflows.Engine.Model;

namespace Kim.Workflows.Engine.Parsing;

/// <summary>
/// Precomputes, for every inclusive join, the nodes of its scope from which it can still be reached
/// (backwards over sequence flows; a token at an activity can also leave by its boundary events).
/// </summary>
internal static class ReachabilityAnalyzer
{
    public static void ComputeInclusiveJoins(ProcessDefinition process)
    {
        foreach (var gateway in process.AllNodes.OfType<Gateway>().Where(g => g.Kind == ElementKind.InclusiveGateway && g.Incoming.Count > 1))
        {
            var reached = new HashSet<string>(StringComparer.Ordinal);
            var work = new Stack<FlowNode>();
            work.Push(gateway);
            while (work.TryPop(out var node))
            {
                foreach (var flow in node.Incoming)
                {
                    var source = flow.Source;
                    if (reached.Add(source.Id))
                    {
                        work.Push(source);
                    }

                    if (source is EventNode { AttachedTo: { } host } && reached.Add(host.Id))
                    {
                        work.Push(host);
                    }
                }
            }

            gateway.ReachableFrom = reached;
        }
    }
}
