using System.Xml;
using System.Xml.Linq;
using Kim.Workflows.Engine.Model;
using Kim.Workflows.Engine.Validation;
using static Kim.Workflows.Engine.Parsing.BpmnNamespaces;

namespace Kim.Workflows.Engine.Parsing;

/// <summary>
/// Turns BPMN 2.0 XML into the immutable model. Lenient: what it cannot use becomes a problem with the
/// element id, never an exception. Behaviours are bound here, once (see <see cref="BehaviorBinder"/>).
/// </summary>
public sealed partial class BpmnParser
{
    private readonly ParserLimits _limits;
    private readonly List<ValidationProblem> _problems = [];
    private readonly Dictionary<string, MessageDefinition> _messages = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SignalDefinition> _signals = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ErrorDefinition> _errors = new(StringComparer.Ordinal);
    private readonly HashSet<string> _ids = new(StringComparer.Ordinal);
    private int _elementCount;

    private BpmnParser(ParserLimits limits) => _limits = limits;

    /// <summary>Parses a file's bytes; problems (not exceptions) for anything wrong in it.</summary>
    public static ParseResult Parse(byte[] content, ParserLimits? limits = null)
    {
        var parser = new BpmnParser(limits ?? ParserLimits.Default);
        try
        {
            var document = SafeXmlLoader.Load(content, parser._limits);
            var model = parser.ReadDefinitions(document);
            return new ParseResult(model, parser._problems);
        }
        catch (BpmnParseException e)
        {
            parser._problems.Add(new ValidationProblem("definitions", null, "invalid-xml", e.Message));
            return new ParseResult(null, parser._problems);
        }
    }

    public static ParseResult Parse(string xml, ParserLimits? limits = null) => Parse(System.Text.Encoding.UTF8.GetBytes(xml), limits);

    private void Problem(XElement? element, string rule, string message, Severity severity = Severity.Error)
    {
        var id = (string?)element?.Attribute("id") ?? element?.Name.LocalName ?? "definitions";
        var line = element is IXmlLineInfo info && info.HasLineInfo() ? info.LineNumber : (int?)null;
        _problems.Add(new ValidationProblem(id, (string?)element?.Attribute("name"), rule, message, severity, line));
    }

    private BpmnModel? ReadDefinitions(XDocument document)
    {
        var root = document.Root!;
        if (root.Name != Bpmn + "definitions")
        {
            Problem(root, "not-bpmn", $"Das Wurzelelement ist <{root.Name.LocalName}> im Namensraum '{root.Name.NamespaceName}', erwartet wird BPMN 2.0 <definitions>.");
            return null;
        }

        foreach (var m in root.Elements(Bpmn + "message"))
        {
            var id = (string?)m.Attribute("id") ?? "";
            _messages[id] = new MessageDefinition(id, (string?)m.Attribute("name") ?? id);
        }

        foreach (var s in root.Elements(Bpmn + "signal"))
        {
            var id = (string?)s.Attribute("id") ?? "";
            _signals[id] = new SignalDefinition(id, (string?)s.Attribute("name") ?? id);
        }

        foreach (var e in root.Elements(Bpmn + "error"))
        {
            var id = (string?)e.Attribute("id") ?? "";
            _errors[id] = new ErrorDefinition(id, (string?)e.Attribute("name"), (string?)e.Attribute("errorCode"));
        }

        foreach (var unsupported in root.Elements().Where(e => e.Name.Namespace == Bpmn && e.Name.LocalName is "choreography" or "conversation"))
        {
            Problem(unsupported, "unsupported-element", $"<{unsupported.Name.LocalName}> wird nicht unterstützt.");
        }

        var processes = new List<ProcessDefinition>();
        foreach (var p in root.Elements(Bpmn + "process"))
        {
            processes.Add(ReadProcess(p));
        }

        if (processes.Count == 0)
        {
            Problem(root, "no-process", "Die Datei enthält keinen Prozess (<process>).");
        }

        return new BpmnModel(processes, _messages, _signals, _errors);
    }

    private ProcessDefinition ReadProcess(XElement p)
    {
        var id = (string?)p.Attribute("id") ?? "";
        var executable = string.Equals((string?)p.Attribute("isExecutable"), "true", StringComparison.OrdinalIgnoreCase);
        var process = new ProcessDefinition(id, (string?)p.Attribute("name"), executable);
        var pending = new List<PendingFlow>();
        var boundaries = new List<(EventNode Node, XElement Xml, string AttachedTo)>();
        ReadContainer(p, process, process, 0, pending, boundaries);
        Link(process, pending, boundaries);
        BehaviorBinder.Bind(process);
        ReachabilityAnalyzer.ComputeInclusiveJoins(process);
        return process;
    }
}
