using Kim.Workflows.Engine.Model;

namespace Kim.Workflows.Engine.Validation;

/// <summary>Flows and reachability: start and end events, gateways, unreachable elements.</summary>
internal static class StructureRules
{
    public static void Check(ValidationContext c)
    {
        foreach (var scope in c.Scopes)
        {
            CheckStarts(c, scope);
        }

        foreach (var node in c.Process.AllNodes)
        {
            CheckNode(c, node);
        }

        CheckReachability(c);
    }

    private static void CheckStarts(ValidationContext c, IFlowScope scope)
    {
        var starts = scope.FlowNodes.OfType<EventNode>().Where(e => e.Kind == ElementKind.StartEvent).ToList();
        if (scope is SubProcess sub)
        {
            if (starts.Count != 1 || starts[0].Trigger != EventTrigger.None)
            {
                c.Error(sub, "subprocess-start", "Ein Teilprozess braucht genau ein Blanko-Startereignis.");
            }

            return;
        }

        if (starts.Count == 0)
        {
            c.Error(c.Process.Id, c.Process.Name, "missing-start", "Der Prozess hat kein Startereignis.");
        }

        if (starts.Count(s => s.Trigger == EventTrigger.None) > 1)
        {
            c.Error(c.Process.Id, c.Process.Name, "multiple-none-starts", "Der Prozess hat mehrere Blanko-Startereignisse; es ist nicht eindeutig, wo er beginnt.");
        }
    }

    private static void CheckNode(ValidationContext c, FlowNode node)
    {
        switch (node)
        {
            case EventNode { Kind: ElementKind.StartEvent } when node.Incoming.Count > 0:
                c.Error(node, "start-with-incoming", "Ein Startereignis darf keinen eingehenden Sequenzfluss haben.");
                break;
            case EventNode { Kind: ElementKind.BoundaryEvent } when node.Incoming.Count > 0:
                c.Error(node, "boundary-with-incoming", "Ein Randereignis darf keinen eingehenden Sequenzfluss haben.");
                break;
            case EventNode { Kind: ElementKind.EndEvent } when node.Outgoing.Count > 0:
                c.Error(node, "end-with-outgoing", "Ein Endereignis darf keinen ausgehenden Sequenzfluss haben.");
                break;
            case Gateway gateway:
                CheckGateway(c, gateway);
                break;
        }
    }

    private static void CheckGateway(ValidationContext c, Gateway gateway)
    {
        if (gateway.Outgoing.Count == 0)
        {
            c.Error(gateway, "gateway-without-outgoing", "Das Gateway hat keinen ausgehenden Sequenzfluss.");
            return;
        }

        if (gateway.Kind is ElementKind.ExclusiveGateway or ElementKind.InclusiveGateway && gateway.Outgoing.Count > 1)
        {
            foreach (var flow in gateway.Outgoing.Where(f => f.Condition is null && !ReferenceEquals(f, gateway.DefaultFlow)))
            {
                c.Error(flow, "missing-condition",
                    $"Der Fluss aus dem verzweigenden Gateway {gateway.Label} hat keine Bedingung und ist nicht der Standardfluss.");
            }
        }

        if (gateway.Kind == ElementKind.EventBasedGateway)
        {
            if (gateway.Outgoing.Count < 2)
            {
                c.Error(gateway, "event-gateway-targets", "Ein ereignisbasiertes Gateway braucht mindestens zwei ausgehende Flüsse.");
            }

            foreach (var flow in gateway.Outgoing)
            {
                var ok = flow.Target is EventNode { Kind: ElementKind.IntermediateCatchEvent, Trigger: EventTrigger.Timer or EventTrigger.Message or EventTrigger.Signal }
                    or TaskActivity { Kind: ElementKind.ReceiveTask };
                if (!ok)
                {
                    c.Error(flow, "event-gateway-targets", $"Nach einem ereignisbasierten Gateway muss ein Zwischenereignis (Zeit, Nachricht, Signal) oder eine Empfangsaufgabe folgen, nicht {flow.Target.Label}.");
                }
            }
        }
    }

    /// <summary>Every node must be reachable from a start event of its scope (or a boundary event of a reachable host).</summary>
    private static void CheckReachability(ValidationContext c)
    {
        var reached = new HashSet<string>(StringComparer.Ordinal);
        var work = new Stack<FlowNode>();
        void Visit(FlowNode n)
        {
            if (reached.Add(n.Id))
            {
                work.Push(n);
            }
        }

        foreach (var start in c.Process.FlowNodes.OfType<EventNode>().Where(e => e.Kind == ElementKind.StartEvent))
        {
            Visit(start);
        }

        while (work.TryPop(out var node))
        {
            foreach (var flow in node.Outgoing)
            {
                Visit(flow.Target);
            }

            if (node is Activity activity)
            {
                foreach (var boundary in activity.BoundaryEvents)
                {
                    Visit(boundary);
                }
            }

            if (node is SubProcess { StartEvent: { } start })
            {
                Visit(start);
            }
        }

        foreach (var node in c.Process.AllNodes.Where(n => !reached.Contains(n.Id)))
        {
            c.Error(node, "unreachable", "Das Element ist von keinem Startereignis aus erreichbar.");
        }
    }
}
