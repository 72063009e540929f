using System.Globalization;
using System.Xml.Linq;
using Kim.Workflows.Engine.Validation;

namespace Kim.Workflows.Engine.Tests.Workflows;

/// <summary>File-level checks every workflow must pass: engine validation and a complete, readable diagram.</summary>
internal static class WorkflowFileChecks
{
    private static readonly XNamespace Bpmn = "http://www.omg.org/spec/BPMN/20100524/MODEL";
    private static readonly XNamespace BpmnDi = "http://www.omg.org/spec/BPMN/20100524/DI";
    private static readonly XNamespace Dc = "http://www.omg.org/spec/DD/20100524/DC";

    private static readonly HashSet<string> FlowNodeKinds = new(StringComparer.Ordinal)
    {
        "startEvent", "endEvent", "intermediateCatchEvent", "intermediateThrowEvent", "boundaryEvent", "task", "userTask", "serviceTask",
        "sendTask", "receiveTask", "scriptTask", "businessRuleTask", "manualTask", "callActivity", "subProcess", "exclusiveGateway",
        "parallelGateway", "inclusiveGateway", "eventBasedGateway",
    };

    public static void AssertValid(string file)
    {
        var result = BpmnValidator.Validate(WorkflowHarness.Load(file), new ValidationOptions { KnownHandlers = new HashSet<string>(WorkflowHarness.KnownHandlers) });
        Assert.True(result.IsValid, string.Join("\n", result.Errors.Select(e => $"{e.ElementId}: {e.Message}")));
        Assert.Empty(result.Errors);
        Assert.All(result.Model!.Processes, p => Assert.True(p.IsExecutable));
    }

    /// <summary>Every flow node has a shape and every sequence flow an edge with at least two waypoints.</summary>
    public static void AssertDiagramComplete(string file)
    {
        var doc = WorkflowHarness.LoadXml(file);
        var shapes = doc.Descendants(BpmnDi + "BPMNShape").Select(s => (string?)s.Attribute("bpmnElement")).ToHashSet(StringComparer.Ordinal);
        var edges = doc.Descendants(BpmnDi + "BPMNEdge").ToDictionary(e => (string)e.Attribute("bpmnElement")!, e => e, StringComparer.Ordinal);
        var process = doc.Root!.Element(Bpmn + "process")!;
        var nodes = process.Descendants().Where(e => e.Name.Namespace == Bpmn && FlowNodeKinds.Contains(e.Name.LocalName)).ToList();
        var flows = process.Descendants(Bpmn + "sequenceFlow").ToList();
        Assert.NotEmpty(nodes);
        Assert.All(nodes, n => Assert.True(shapes.Contains((string)n.Attribute("id")!), $"No BPMNShape for {(string?)n.Attribute("id")}"));
        Assert.All(flows, f =>
        {
            var id = (string)f.Attribute("id")!;
            Assert.True(edges.ContainsKey(id), $"No BPMNEdge for {id}");
            Assert.True(edges[id].Elements().Count(w => w.Name.LocalName == "waypoint") >= 2, $"Edge {id} has fewer than two waypoints");
        });
        Assert.All(nodes.Where(n => n.Name.LocalName.EndsWith("Task", StringComparison.Ordinal) || n.Name.LocalName is "callActivity" or "subProcess"),
            n => Assert.False(string.IsNullOrWhiteSpace((string?)n.Attribute("name")), $"Activity {(string?)n.Attribute("id")} has no name"));
        var plane = doc.Descendants(BpmnDi + "BPMNPlane").Single();
        Assert.Equal((string)process.Attribute("id")!, (string?)plane.Attribute("bpmnElement"));
    }

    /// <summary>No two shapes overlap, except a shape inside its sub-process and a boundary event on its host.</summary>
    public static void AssertNoOverlaps(string file)
    {
        var doc = WorkflowHarness.LoadXml(file);
        var process = doc.Root!.Element(Bpmn + "process")!;
        var elements = process.Descendants().Where(e => e.Name.Namespace == Bpmn && e.Attribute("id") is not null).ToDictionary(e => (string)e.Attribute("id")!, StringComparer.Ordinal);
        var boxes = doc.Descendants(BpmnDi + "BPMNShape").Select(s =>
        {
            var b = s.Element(Dc + "Bounds")!;
            double D(string n) => double.Parse((string)b.Attribute(n)!, CultureInfo.InvariantCulture);
            return (Id: (string)s.Attribute("bpmnElement")!, X: D("x"), Y: D("y"), W: D("width"), H: D("height"));
        }).ToList();

        bool Related(string a, string b)
        {
            var ea = elements[a];
            var eb = elements[b];
            return ea.Ancestors().Any(x => (string?)x.Attribute("id") == b) || eb.Ancestors().Any(x => (string?)x.Attribute("id") == a)
                || (string?)ea.Attribute("attachedToRef") == b || (string?)eb.Attribute("attachedToRef") == a;
        }

        for (var i = 0; i < boxes.Count; i++)
        {
            for (var j = i + 1; j < boxes.Count; j++)
            {
                var (a, b) = (boxes[i], boxes[j]);
                var overlap = a.X < b.X + b.W && b.X < a.X + a.W && a.Y < b.Y + b.H && b.Y < a.Y + a.H;
                Assert.False(overlap && !Related(a.Id, b.Id), $"Shapes {a.Id} and {b.Id} overlap");
            }
        }

        Assert.All(boxes, b => Assert.True(b.X >= 0 && b.Y >= 0, $"Shape {b.Id} lies at negative coordinates"));
    }
}
