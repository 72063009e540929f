using System.Xml.Linq;
using Kim.Workflows.Engine.Model;
using Kim.Workflows.Engine.Timers;
using Kim.Workflows.Engine.Validation;
using static Kim.Workflows.Engine.Parsing.BpmnNamespaces;

namespace Kim.Workflows.Engine.Parsing;

/// <summary>Reading the flow nodes of a process or sub-process.</summary>
public sealed partial class BpmnParser
{
    /// <summary>Descriptive BPMN that does not affect execution: read over silently.</summary>
    private static readonly HashSet<string> Descriptive = new(StringComparer.Ordinal)
    {
        "documentation", "extensionElements", "laneSet", "dataObject", "dataObjectReference", "dataStoreReference",
        "textAnnotation", "association", "group", "property", "ioSpecification", "category", "incoming", "outgoing",
        "dataInputAssociation", "dataOutputAssociation", "auditing", "monitoring", "supportedInterfaceRef",
        "multiInstanceLoopCharacteristics", "standardLoopCharacteristics",
    };

    private void ReadContainer(
        XElement xml, ProcessDefinition process, IFlowScope scope, int depth,
        List<PendingFlow> pending, List<(EventNode Node, XElement Xml, string AttachedTo)> boundaries)
    {
        var index = 0;
        foreach (var child in xml.Elements())
        {
            if (child.Name.Namespace != Bpmn)
            {
                continue; // other vendors' extensions are not ours to judge
            }

            if (++_elementCount > _limits.MaxElements)
            {
                Problem(child, "too-many-elements", $"Die Datei hat mehr als {_limits.MaxElements} Elemente.");
                return;
            }

            var local = child.Name.LocalName;
            if (Descriptive.Contains(local))
            {
                continue;
            }

            var id = (string?)child.Attribute("id");
            if (string.IsNullOrWhiteSpace(id))
            {
                Problem(child, "missing-id", $"Ein <{local}> hat kein id-Attribut.");
                continue;
            }

            if (!_ids.Add(id))
            {
                Problem(child, "duplicate-id", $"Die id '{id}' kommt mehrfach vor.");
                continue;
            }

            if (local == "sequenceFlow")
            {
                var condition = child.Element(Bpmn + "conditionExpression");
                var conditionText = condition?.Value.Trim();
                if (condition is not null && (string?)condition.Attribute("language") is { Length: > 0 } language
                    && !language.Equals("juel", StringComparison.OrdinalIgnoreCase))
                {
                    Problem(child, "unsupported-condition", $"Bedingungen in der Sprache '{language}' werden nicht unterstützt; bitte einen Ausdruck ${{...}} verwenden.");
                }

                var flow = new SequenceFlow(id, (string?)child.Attribute("name"), index++, string.IsNullOrEmpty(conditionText) ? null : conditionText);
                pending.Add(new PendingFlow(flow, child, scope, (string?)child.Attribute("sourceRef") ?? "", (string?)child.Attribute("targetRef") ?? ""));
                continue;
            }

            var node = ReadNode(child, local, id, process, depth, pending, boundaries);
            if (node is null)
            {
                continue;
            }

            node.Scope = scope;
            process.Index(node);
            switch (scope)
            {
                case ProcessDefinition p:
                    p.Add(node);
                    break;
                case SubProcess s:
                    s.Add(node);
                    break;
            }

            if (child.Element(Bpmn + "standardLoopCharacteristics") is not null)
            {
                Problem(child, "unsupported-loop", "Schleifen-Marker (standardLoopCharacteristics) werden nicht unterstützt; bitte Multi-Instanz oder ein Gateway verwenden.");
            }

            if (string.Equals((string?)child.Attribute("isForCompensation"), "true", StringComparison.OrdinalIgnoreCase))
            {
                Problem(child, "unsupported-compensation", "Kompensation wird nicht unterstützt.");
            }

            ReadVendorNotes(child, node);
        }
    }

    private FlowNode? ReadNode(
        XElement x, string local, string id, ProcessDefinition process, int depth,
        List<PendingFlow> pending, List<(EventNode Node, XElement Xml, string AttachedTo)> boundaries)
    {
        var name = (string?)x.Attribute("name");
        switch (local)
        {
            case "startEvent":
                return ReadEvent(x, id, name, ElementKind.StartEvent);
            case "endEvent":
                return ReadEvent(x, id, name, ElementKind.EndEvent);
            case "intermediateCatchEvent":
                return ReadEvent(x, id, name, ElementKind.IntermediateCatchEvent);
            case "intermediateThrowEvent":
                return ReadEvent(x, id, name, ElementKind.IntermediateThrowEvent);
            case "boundaryEvent":
                var boundary = ReadEvent(x, id, name, ElementKind.BoundaryEvent);
                boundary.CancelActivity = !string.Equals((string?)x.Attribute("cancelActivity"), "false", StringComparison.OrdinalIgnoreCase);
                boundaries.Add((boundary, x, (string?)x.Attribute("attachedToRef") ?? ""));
                return boundary;
            case "task":
            case "manualTask":
            case "userTask":
            case "receiveTask":
            case "sendTask":
            case "serviceTask":
            case "businessRuleTask":
            case "scriptTask":
                return ReadTask(x, id, name, local);
            case "subProcess" when string.Equals((string?)x.Attribute("triggeredByEvent"), "true", StringComparison.OrdinalIgnoreCase):
                Problem(x, "unsupported-element", "Ereignis-Teilprozesse (Event-Subprocess) werden nicht unterstützt; bitte Randereignisse verwenden.");
                return null;
            case "subProcess":
                return ReadSubProcess(x, id, name, process, depth, pending, boundaries);
            case "callActivity":
                var call = new CallActivity(id, name, ((string?)x.Attribute("calledElement") ?? "").Trim());
                call.In = CamundaExtensions.CallParameters(x, "in");
                call.Out = CamundaExtensions.CallParameters(x, "out");
                call.BusinessKeyExpression = CamundaExtensions.Extensions(x, "in").Select(e => (string?)e.Attribute("businessKey")).FirstOrDefault(b => b is not null);
                ReadActivityParts(x, call);
                return call;
            case "exclusiveGateway":
                return new Gateway(id, name, ElementKind.ExclusiveGateway);
            case "parallelGateway":
                return new Gateway(id, name, ElementKind.ParallelGateway);
            case "inclusiveGateway":
                return new Gateway(id, name, ElementKind.InclusiveGateway);
            case "eventBasedGateway":
                return new Gateway(id, name, ElementKind.EventBasedGateway);
            default:
                Problem(x, "unsupported-element", $"Das Element <{local}> wird von der Engine nicht unterstützt.");
                return null;
        }
    }

    private SubProcess? ReadSubProcess(
        XElement x, string id, string? name, ProcessDefinition process, int depth,
        List<PendingFlow> pending, List<(EventNode Node, XElement Xml, string AttachedTo)> boundaries)
    {
        if (depth >= _limits.MaxSubProcessNesting)
        {
            Problem(x, "nesting-too-deep", $"Teilprozesse sind tiefer als {_limits.MaxSubProcessNesting} Ebenen verschachtelt.");
            return null;
        }

        var sub = new SubProcess(id, name);
        ReadActivityParts(x, sub);
        ReadContainer(x, process, sub, depth + 1, pending, boundaries);
        return sub;
    }

    private TaskActivity ReadTask(XElement x, string id, string? name, string local)
    {
        var kind = local switch
        {
            "manualTask" => ElementKind.ManualTask,
            "userTask" => ElementKind.UserTask,
            "receiveTask" => ElementKind.ReceiveTask,
            "sendTask" => ElementKind.SendTask,
            "serviceTask" => ElementKind.ServiceTask,
            "businessRuleTask" => ElementKind.BusinessRuleTask,
            "scriptTask" => ElementKind.ScriptTask,
            _ => ElementKind.Task,
        };
        var task = new TaskActivity(id, name, kind);
        ReadActivityParts(x, task);
        switch (kind)
        {
            case ElementKind.UserTask:
                try
                {
                    task.UserTask = CamundaExtensions.UserTask(x) with { WorkingDays = WorkingDaysOf(x) };
                }
                catch (FormatException e)
                {
                    Problem(x, "invalid-form-field", e.Message);
                }

                break;
            case ElementKind.ReceiveTask:
            case ElementKind.SendTask:
                task.Message = ResolveMessage(x, (string?)x.Attribute("messageRef"), required: false);
                task.Binding = ReadBinding(x);
                break;
            case ElementKind.ServiceTask:
            case ElementKind.BusinessRuleTask:
                if (kind == ElementKind.BusinessRuleTask && CamundaExtensions.Attr(x, "decisionRef") is not null)
                {
                    Problem(x, "unsupported-dmn", "DMN-Entscheidungstabellen (camunda:decisionRef) werden nicht unterstützt.");
                }

                task.Binding = ReadBinding(x);
                break;
            case ElementKind.ScriptTask:
                var format = (string?)x.Attribute("scriptFormat") ?? "";
                var script = x.Element(Bpmn + "script")?.Value;
                if (CamundaExtensions.Attr(x, "resource") is not null)
                {
                    Problem(x, "unsupported-script", "Externe Skript-Ressourcen (camunda:resource) werden nicht unterstützt; bitte das Skript einbetten.");
                }
                else if (!Scripting.JavaScriptRunner.Supports(format))
                {
                    Problem(x, "unsupported-script", $"Skriptsprache '{format}' wird nicht unterstützt; erlaubt ist JavaScript.");
                }
                else if (string.IsNullOrWhiteSpace(script))
                {
                    Problem(x, "missing-script", "Die Skriptaufgabe hat kein Skript.");
                }
                else
                {
                    task.Script = new ScriptDefinition(format, script, CamundaExtensions.Attr(x, "resultVariable"));
                }

                break;
        }

        return task;
    }

    private ServiceBinding? ReadBinding(XElement x)
    {
        try
        {
            return CamundaExtensions.Binding(x);
        }
        catch (NotSupportedException)
        {
            Problem(x, "unsupported-parameter", "Skripte als Ein-/Ausgabeparameter werden nicht unterstützt.");
            return null;
        }
    }

    private void ReadActivityParts(XElement x, Activity activity)
    {
        try
        {
            activity.InputOutput = CamundaExtensions.InputOutput(x);
        }
        catch (NotSupportedException)
        {
            Problem(x, "unsupported-parameter", "Skripte als Ein-/Ausgabeparameter werden nicht unterstützt.");
        }

        var mi = x.Element(Bpmn + "multiInstanceLoopCharacteristics");
        if (mi is not null)
        {
            activity.MultiInstance = new MultiInstanceDefinition(
                string.Equals((string?)mi.Attribute("isSequential"), "true", StringComparison.OrdinalIgnoreCase),
                mi.Element(Bpmn + "loopCardinality")?.Value.Trim() is { Length: > 0 } c ? c : null,
                CamundaExtensions.Attr(mi, "collection"),
                CamundaExtensions.Attr(mi, "elementVariable"),
                mi.Element(Bpmn + "completionCondition")?.Value.Trim() is { Length: > 0 } cc ? cc : null);
        }
    }

    private MessageDefinition? ResolveMessage(XElement x, string? messageRef, bool required)
    {
        if (string.IsNullOrWhiteSpace(messageRef))
        {
            if (required)
            {
                Problem(x, "missing-message", "Das Nachrichtenereignis verweist auf keine Nachricht (messageRef fehlt).");
            }

            return null;
        }

        if (_messages.TryGetValue(messageRef, out var message))
        {
            return message;
        }

        Problem(x, "unknown-message", $"Die Nachricht '{messageRef}' ist nicht definiert.");
        return null;
    }

    private static TimerKind? TimerKindOf(string local) => local switch
    {
        "timeDate" => TimerKind.Date,
        "timeDuration" => TimerKind.Duration,
        "timeCycle" => TimerKind.Cycle,
        _ => null,
    };

    private static readonly HashSet<string> Listeners = new(StringComparer.Ordinal) { "executionListener", "taskListener" };

    /// <summary>Camunda attributes we read but do not act on get a note; code hooks we cannot run are errors.</summary>
    private void ReadVendorNotes(XElement x, FlowNode node)
    {
        var ignored = new List<string>();
        foreach (var attribute in x.Attributes().Where(a => BpmnNamespaces.IsVendor(a.Name.Namespace)))
        {
            if (attribute.Name.LocalName is "asyncBefore" or "asyncAfter" or "exclusive" or "jobPriority" or "failedJobRetryTimeCycle")
            {
                ignored.Add(attribute.Name.LocalName);
            }
        }

        foreach (var ext in CamundaExtensionElements(x))
        {
            if (Listeners.Contains(ext.Name.LocalName))
            {
                Problem(x, "unsupported-listener", $"camunda:{ext.Name.LocalName} wird nicht unterstützt: Listener führen Code aus, den die Engine nicht kennt. Bitte als Service-Aufgabe modellieren.");
            }
            else if (ext.Name.LocalName is "failedJobRetryTimeCycle")
            {
                ignored.Add(ext.Name.LocalName);
            }
        }

        if (ignored.Count > 0)
        {
            node.IgnoredExtensions = ignored;
            Problem(x, "ignored-attribute", $"Wird ignoriert: {string.Join(", ", ignored.Select(i => "camunda:" + i))}. Jeder Schritt wird ohnehin in einer eigenen Transaktion gespeichert.", Severity.Note);
        }
    }

    private static IEnumerable<XElement> CamundaExtensionElements(XElement x) =>
        x.Element(Bpmn + "extensionElements")?.Elements().Where(e => BpmnNamespaces.IsVendor(e.Name.Namespace)) ?? [];
}
