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
                c.Error(sub, "subprocess-start", $"{ElementNames.Describe(sub)} braucht genau ein Startereignis ohne Auslöser (Blanko-Startereignis). Fügen Sie eines ein oder entfernen Sie die übrigen.");
            }

            return;
        }

        if (starts.Count == 0)
        {
            c.Error(c.Process.Id, c.Process.Name, "missing-start", "Der Prozess hat kein Startereignis. Fügen Sie am Anfang ein Startereignis ein.");
        }

        if (starts.Count(s => s.Trigger == EventTrigger.None) > 1)
        {
            c.Error(c.Process.Id, c.Process.Name, "multiple-none-starts", "Der Prozess hat mehrere Startereignisse ohne Auslöser; es ist nicht eindeutig, wo er beginnt. Behalten Sie nur eines.");
        }
    }

    private static void CheckNode(ValidationContext c, FlowNode node)
    {
        switch (node)
        {
            case EventNode { Kind: ElementKind.StartEvent } when node.Incoming.Count > 0:
                c.Error(node, "start-with-incoming", $"{ElementNames.Describe(node)} hat einen eingehenden Fluss, ein Startereignis darf keinen haben. Entfernen Sie den Fluss oder führen Sie ihn zu einem anderen Schritt.");
                break;
            case EventNode { Kind: ElementKind.BoundaryEvent } when node.Incoming.Count > 0:
                c.Error(node, "boundary-with-incoming", $"{ElementNames.Describe(node)} hat einen eingehenden Fluss, ein Randereignis darf keinen haben. Entfernen Sie den Fluss.");
                break;
            case EventNode { Kind: ElementKind.EndEvent } when node.Outgoing.Count > 0:
                c.Error(node, "end-with-outgoing", $"{ElementNames.Describe(node)} hat einen ausgehenden Fluss, ein Endereignis darf keinen haben. Entfernen Sie den Fluss oder ersetzen Sie das Endereignis durch ein Zwischenereignis.");
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
            c.Error(gateway, "gateway-without-outgoing", $"{ElementNames.Describe(gateway)} hat keinen ausgehenden Fluss. Verbinden Sie es mit dem nächsten Schritt.");
            return;
        }

        if (gateway.Kind is ElementKind.ExclusiveGateway or ElementKind.InclusiveGateway && gateway.Outgoing.Count > 1)
        {
            foreach (var flow in gateway.Outgoing.Where(f => f.Condition is null && !ReferenceEquals(f, gateway.DefaultFlow)))
            {
                c.Error(flow, "missing-condition",
                    $"Der {ElementNames.Describe(flow)} aus {ElementNames.Describe(gateway)} hat keine Bedingung. Setzen Sie eine Bedingung am {ElementNames.Describe(flow)} oder machen Sie ihn zum Standardfluss.");
            }
        }

        if (gateway.Kind == ElementKind.EventBasedGateway)
        {
            if (gateway.Outgoing.Count < 2)
            {
                c.Error(gateway, "event-gateway-targets", $"{ElementNames.Describe(gateway)} wartet auf Ereignisse und braucht mindestens zwei ausgehende Flüsse. Ergänzen Sie ein weiteres Ereignis, auf das gewartet wird.");
            }

            foreach (var flow in gateway.Outgoing)
            {
                var ok = flow.Target is EventNode { Kind: ElementKind.IntermediateCatchEvent, Trigger: EventTrigger.Timer or EventTrigger.Message or EventTrigger.Signal }
                    or TaskActivity { Kind: ElementKind.ReceiveTask };
                if (!ok)
                {
                    c.Error(flow, "event-gateway-targets", $"Nach dem ereignisbasierten {ElementNames.Describe(gateway)} muss ein Zwischenereignis (Frist, Nachricht, Signal) oder eine Empfangsaufgabe folgen, nicht {ElementNames.Describe(flow.Target)}. Ersetzen Sie das Ziel des Flusses.");
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
            c.Error(node, "unreachable", $"{ElementNames.Describe(node)} ist von keinem Startereignis aus erreichbar. Verbinden Sie es mit einem vorherigen Schritt oder löschen Sie es.");
        }
    }
}
