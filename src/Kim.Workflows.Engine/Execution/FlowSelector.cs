using Kim.Workflows.Engine.Model;

namespace Kim.Workflows.Engine.Execution;

/// <summary>
/// The one place that chooses outgoing flows (as bpmn-elements does), in document order:
/// gateways and activities differ only in how many true flows they take.
/// </summary>
public static class FlowSelector
{
    /// <summary>Activities and events: every unconditional or true flow; the default only when none is.</summary>
    public static IReadOnlyList<SequenceFlow> ForActivityOrEvent(ProcessExecutor executor, ProcessInstance instance, Token token, FlowNode node)
    {
        var outgoing = node.Outgoing;
        if (outgoing.Count == 1 && outgoing[0].Condition is null)
        {
            return outgoing; // the common case, without allocating
        }

        return Select(executor, instance, token, node, takeFirstOnly: false, failWhenNone: false);
    }

    /// <summary>Exclusive gateway: the first true flow in document order, else the default, else an error.</summary>
    public static IReadOnlyList<SequenceFlow> Exclusive(ProcessExecutor executor, ProcessInstance instance, Token token, FlowNode node) =>
        Select(executor, instance, token, node, takeFirstOnly: true, failWhenNone: true);

    /// <summary>Inclusive gateway: every true flow, else the default, else an error.</summary>
    public static IReadOnlyList<SequenceFlow> Inclusive(ProcessExecutor executor, ProcessInstance instance, Token token, FlowNode node) =>
        Select(executor, instance, token, node, takeFirstOnly: false, failWhenNone: true);

    private static List<SequenceFlow> Select(
        ProcessExecutor executor, ProcessInstance instance, Token token, FlowNode node, bool takeFirstOnly, bool failWhenNone)
    {
        var taken = new List<SequenceFlow>(node.Outgoing.Count);
        foreach (var flow in node.Outgoing)
        {
            if (ReferenceEquals(flow, node.DefaultFlow))
            {
                continue;
            }

            if (flow.Condition is null || executor.EvaluateCondition(instance, token, flow))
            {
                taken.Add(flow);
                if (takeFirstOnly)
                {
                    break;
                }
            }
        }

        if (taken.Count == 0 && node.DefaultFlow is { } fallback)
        {
            taken.Add(fallback);
        }

        if (taken.Count == 0 && failWhenNone)
        {
            throw new EngineException(
                $"Keiner der ausgehenden Wege von „{node.Label}“ hat eine erfüllte Bedingung, und es gibt keinen Standardweg.", node.Id);
        }

        return taken;
    }
}
