using Kim.Workflows.Engine.Model;

namespace Kim.Workflows.Engine.Validation;

/// <summary>
/// How validation messages name elements for a process owner: by the label they see on the diagram
/// ("Fluss 'ja'", "Gateway 'Einwilligung?'"), and only for an element without a label by its kind
/// and position ("Fluss von 'Prüfen' nach 'Ablehnen'"), never by a generated id alone.
/// </summary>
public static class ElementNames
{
    /// <summary>Kind noun plus label, e.g. <c>Aufgabe 'Erstberatung durchführen'</c>.</summary>
    public static string Describe(FlowElement element) => element switch
    {
        SequenceFlow flow when !string.IsNullOrWhiteSpace(flow.Name) => $"Fluss '{flow.Name}'",
        SequenceFlow flow => $"Fluss von {Short(flow.Source)} nach {Short(flow.Target)}",
        FlowNode node when !string.IsNullOrWhiteSpace(node.Name) => $"{Noun(node.Kind)} '{node.Name}'",
        FlowNode node => $"{Noun(node.Kind)} ohne Namen ({node.Id})",
        _ => string.IsNullOrWhiteSpace(element.Name) ? element.Id : $"'{element.Name}'",
    };

    /// <summary>The label alone when there is one (<c>'Prüfen'</c>), else kind plus id.</summary>
    public static string Short(FlowNode? node) => node switch
    {
        null => "?",
        _ when !string.IsNullOrWhiteSpace(node.Name) => $"'{node.Name}'",
        _ => $"{Noun(node.Kind)} ({node.Id})",
    };

    public static string Noun(ElementKind kind) => kind switch
    {
        ElementKind.StartEvent => "Startereignis",
        ElementKind.EndEvent => "Endereignis",
        ElementKind.IntermediateCatchEvent or ElementKind.IntermediateThrowEvent => "Zwischenereignis",
        ElementKind.BoundaryEvent => "Randereignis",
        ElementKind.UserTask => "Benutzeraufgabe",
        ElementKind.ServiceTask => "Service-Aufgabe",
        ElementKind.SendTask => "Sendeaufgabe",
        ElementKind.ReceiveTask => "Empfangsaufgabe",
        ElementKind.ScriptTask => "Skriptaufgabe",
        ElementKind.BusinessRuleTask => "Regelaufgabe",
        ElementKind.SubProcess => "Teilprozess",
        ElementKind.CallActivity => "Aufrufaktivität",
        ElementKind.ExclusiveGateway or ElementKind.ParallelGateway or ElementKind.InclusiveGateway or ElementKind.EventBasedGateway => "Gateway",
        _ => "Aufgabe",
    };
}
