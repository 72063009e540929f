using System.Xml.Linq;
using Kim.Workflows.Engine.Model;
using static Kim.Workflows.Engine.Parsing.BpmnNamespaces;

namespace Kim.Workflows.Engine.Parsing;

/// <summary>Reading events and their definitions, and linking flows and boundary events.</summary>
public sealed partial class BpmnParser
{
    private static readonly Dictionary<string, EventTrigger> Triggers = new(StringComparer.Ordinal)
    {
        ["timerEventDefinition"] = EventTrigger.Timer,
        ["messageEventDefinition"] = EventTrigger.Message,
        ["signalEventDefinition"] = EventTrigger.Signal,
        ["errorEventDefinition"] = EventTrigger.Error,
        ["terminateEventDefinition"] = EventTrigger.Terminate,
    };

    private static readonly Dictionary<string, string> UnsupportedDefinitions = new(StringComparer.Ordinal)
    {
        ["escalationEventDefinition"] = "Eskalationsereignisse",
        ["compensateEventDefinition"] = "Kompensationsereignisse",
        ["conditionalEventDefinition"] = "Bedingungsereignisse",
        ["linkEventDefinition"] = "Link-Ereignisse",
        ["cancelEventDefinition"] = "Abbruchereignisse",
    };

    private EventNode ReadEvent(XElement x, string id, string? name, ElementKind kind)
    {
        var definitions = x.Elements()
            .Where(e => e.Name.Namespace == Bpmn && e.Name.LocalName.EndsWith("EventDefinition", StringComparison.Ordinal))
            .ToList();
        var trigger = EventTrigger.None;
        if (definitions.Count > 1)
        {
            Problem(x, "unsupported-event", "Ereignisse mit mehreren Definitionen (multiple) werden nicht unterstützt.");
        }
        else if (definitions.Count == 1)
        {
            var local = definitions[0].Name.LocalName;
            if (Triggers.TryGetValue(local, out var t))
            {
                trigger = t;
            }
            else
            {
                Problem(x, "unsupported-event", $"{UnsupportedDefinitions.GetValueOrDefault(local, local)} werden nicht unterstützt.");
            }
        }

        var node = new EventNode(id, name, kind, trigger);
        if (definitions.Count != 1)
        {
            return node;
        }

        var definition = definitions[0];
        switch (trigger)
        {
            case EventTrigger.Timer:
                var timer = definition.Elements().FirstOrDefault(e => e.Name.Namespace == Bpmn && TimerKindOf(e.Name.LocalName) is not null);
                if (timer is null || string.IsNullOrWhiteSpace(timer.Value))
                {
                    Problem(x, "missing-timer", "Das Zeitereignis hat keine Zeitangabe (timeDate, timeDuration oder timeCycle).");
                }
                else
                {
                    node.Timer = new TimerDefinition(TimerKindOf(timer.Name.LocalName)!.Value, timer.Value.Trim()) { WorkingDays = WorkingDaysOf(x) };
                }

                break;
            case EventTrigger.Message:
                node.Message = ResolveMessage(x, (string?)definition.Attribute("messageRef"), required: kind != ElementKind.EndEvent && kind != ElementKind.IntermediateThrowEvent);
                if (kind is ElementKind.EndEvent or ElementKind.IntermediateThrowEvent)
                {
                    node.Binding = ReadBinding(definition) ?? ReadBinding(x);
                }

                break;
            case EventTrigger.Signal:
                var signalRef = (string?)definition.Attribute("signalRef");
                if (signalRef is null || !_signals.TryGetValue(signalRef, out var signal))
                {
                    Problem(x, "unknown-signal", signalRef is null ? "Das Signalereignis verweist auf kein Signal (signalRef fehlt)." : $"Das Signal '{signalRef}' ist nicht definiert.");
                }
                else
                {
                    node.Signal = signal;
                }

                break;
            case EventTrigger.Error:
                var errorRef = (string?)definition.Attribute("errorRef");
                if (errorRef is not null)
                {
                    if (_errors.TryGetValue(errorRef, out var error))
                    {
                        node.Error = error;
                    }
                    else
                    {
                        Problem(x, "unknown-error", $"Der Fehler '{errorRef}' ist nicht definiert.");
                    }
                }

                node.ErrorCodeVariable = CamundaExtensions.Attr(definition, "errorCodeVariable");
                break;
        }

        return node;
    }

    private void Link(ProcessDefinition process, List<PendingFlow> pending, List<(EventNode Node, XElement Xml, string AttachedTo)> boundaries)
    {
        foreach (var p in pending)
        {
            var source = process.FindNode(p.SourceRef);
            var target = process.FindNode(p.TargetRef);
            if (source is null || target is null)
            {
                Problem(p.Xml, "dangling-flow", $"Der Sequenzfluss verweist auf ein unbekanntes oder nicht unterstütztes Element '{(source is null ? p.SourceRef : p.TargetRef)}'.");
                continue;
            }

            if (!ReferenceEquals(source.Scope, p.Scope) || !ReferenceEquals(target.Scope, p.Scope))
            {
                Problem(p.Xml, "flow-crosses-scope", "Ein Sequenzfluss darf keine Teilprozessgrenze überqueren.");
                continue;
            }

            p.Flow.Source = source;
            p.Flow.Target = target;
            source.AddOutgoing(p.Flow);
            target.AddIncoming(p.Flow);
            switch (p.Scope)
            {
                case ProcessDefinition pd:
                    pd.Add(p.Flow);
                    break;
                case SubProcess sp:
                    sp.Add(p.Flow);
                    break;
            }
        }

        foreach (var (node, xml, attachedTo) in boundaries)
        {
            if (process.FindNode(attachedTo) is Activity host && ReferenceEquals(host.Scope, node.Scope))
            {
                node.AttachedTo = host;
                host.AddBoundaryEvent(node);
            }
            else
            {
                Problem(xml, "invalid-boundary", $"Das Randereignis ist an '{attachedTo}' angeheftet, das keine Aktivität im selben Prozess ist.");
            }
        }

        foreach (var node in process.AllNodes)
        {
            node.SortFlows();
        }

        foreach (var x in pending.Select(p => p.Xml.Parent).Distinct())
        {
            foreach (var child in x!.Elements().Where(e => e.Attribute("default") is not null))
            {
                var node = process.FindNode((string?)child.Attribute("id") ?? "");
                var defaultId = (string?)child.Attribute("default");
                if (node is null)
                {
                    continue;
                }

                node.DefaultFlow = node.Outgoing.FirstOrDefault(f => f.Id == defaultId);
                if (node.DefaultFlow is null)
                {
                    Problem(child, "invalid-default", $"Der Standardfluss '{defaultId}' ist kein ausgehender Fluss dieses Elements.");
                }
            }
        }
    }
}
