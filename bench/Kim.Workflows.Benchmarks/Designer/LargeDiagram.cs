using System.Globalization;
using System.Text;

namespace Kim.Workflows.Benchmarks.Designer;

/// <summary>
/// A valid, executable BPMN file with exactly <c>elements</c> flow elements (flow nodes + sequence flows) and full DI,
/// laid out in rows of ten blocks. Each block is a user task followed by an exclusive gateway whose conditional
/// "ja" flow leads on to the next block and whose default "nein" flow ends in an end event; a few gateways share
/// the next block's end event to make the count exact. The chain starts at a start event and ends at a final end event.
/// </summary>
internal static class LargeDiagram
{
    private const int BlocksPerRow = 10;
    private const int BlockWidth = 250;
    private const int RowHeight = 250;
    private const int OriginX = 130;
    private const int OriginY = 80;

    public static string Create(string processKey, string name, int elements)
    {
        // start + final end + the flow into it = 3; each block = task, gateway, end, three flows = 6;
        // a block without its own end (default flow to the next block's end) = 5.
        if (elements < 3 + (6 * 12))
        {
            throw new ArgumentOutOfRangeException(nameof(elements), "at least 75 elements");
        }

        var blocks = (elements - 3 + 5) / 6;
        var shared = (3 + (6 * blocks)) - elements; // 0..5 blocks whose default flow goes to the next block's end
        var withoutEnd = Enumerable.Range(0, shared).Select(i => 2 * i).ToHashSet(); // blocks 0, 2, 4, … (within row 0)

        var process = new StringBuilder();
        var diagram = new StringBuilder();
        var count = 0;

        void Node(string xml)
        {
            process.Append("    ").AppendLine(xml);
            count++;
        }

        void Flow(string id, string source, string target, string? label, string? condition, params (int X, int Y)[] points)
        {
            var nameAttribute = label is null ? string.Empty : $" name=\"{label}\"";
            if (condition is null)
            {
                process.AppendLine(CultureInfo.InvariantCulture, $"    <bpmn:sequenceFlow id=\"{id}\"{nameAttribute} sourceRef=\"{source}\" targetRef=\"{target}\" />");
            }
            else
            {
                process.AppendLine(CultureInfo.InvariantCulture, $"    <bpmn:sequenceFlow id=\"{id}\"{nameAttribute} sourceRef=\"{source}\" targetRef=\"{target}\">");
                process.AppendLine(CultureInfo.InvariantCulture, $"      <bpmn:conditionExpression xsi:type=\"bpmn:tFormalExpression\">{condition}</bpmn:conditionExpression>");
                process.AppendLine("    </bpmn:sequenceFlow>");
            }

            count++;
            diagram.AppendLine(CultureInfo.InvariantCulture, $"      <bpmndi:BPMNEdge id=\"{id}_di\" bpmnElement=\"{id}\">");
            foreach (var (x, y) in points)
            {
                diagram.AppendLine(CultureInfo.InvariantCulture, $"        <di:waypoint x=\"{x}\" y=\"{y}\" />");
            }

            diagram.AppendLine("      </bpmndi:BPMNEdge>");
        }

        void Shape(string id, int x, int y, int width, int height, bool marker = false) =>
            diagram.AppendLine(CultureInfo.InvariantCulture,
                $"      <bpmndi:BPMNShape id=\"{id}_di\" bpmnElement=\"{id}\"{(marker ? " isMarkerVisible=\"true\"" : string.Empty)}><dc:Bounds x=\"{x}\" y=\"{y}\" width=\"{width}\" height=\"{height}\" /></bpmndi:BPMNShape>");

        static (int X, int Y) BlockOrigin(int block) =>
            (OriginX + (block % BlocksPerRow * BlockWidth), OriginY + (block / BlocksPerRow * RowHeight));

        static string TaskId(int block) => $"Task_{block + 1:000}";
        static string GatewayId(int block) => $"Gateway_{block + 1:000}";
        static string EndId(int block) => $"End_{block + 1:000}";

        // Points from gateway (block) to the left middle of the next block's first element (task or final end).
        static (int X, int Y)[] OnwardPoints(int block, int targetLeftX)
        {
            var (x, y) = BlockOrigin(block);
            var (nx, ny) = BlockOrigin(block + 1);
            return ny == y
                ? [(x + 200, y + 40), (targetLeftX, y + 40)]
                : [(x + 200, y + 40), (x + 220, y + 40), (x + 220, y + 215), (nx - 30, y + 215), (nx - 30, ny + 40), (targetLeftX, ny + 40)];
        }

        Node($"<bpmn:startEvent id=\"Start\" name=\"Zugang\" />");
        Shape("Start", OriginX - 80, OriginY + 22, 36, 36);
        Flow("Flow_Start", "Start", TaskId(0), null, null, (OriginX - 44, OriginY + 40), (OriginX, OriginY + 40));

        for (var b = 0; b < blocks; b++)
        {
            var (x, y) = BlockOrigin(b);
            var last = b == blocks - 1;
            var onwardTarget = last ? "End_Final" : TaskId(b + 1);
            var defaultFlow = $"Flow_Nein_{b + 1:000}";
            Node($"<bpmn:userTask id=\"{TaskId(b)}\" name=\"Schritt {b + 1}\" camunda:candidateGroups=\"fallmanagement\" />");
            Shape(TaskId(b), x, y, 100, 80);
            Flow($"Flow_Task_{b + 1:000}", TaskId(b), GatewayId(b), null, null, (x + 100, y + 40), (x + 150, y + 40));
            Node($"<bpmn:exclusiveGateway id=\"{GatewayId(b)}\" name=\"Weiter {b + 1}?\" default=\"{defaultFlow}\" />");
            Shape(GatewayId(b), x + 150, y + 15, 50, 50, marker: true);
            if (withoutEnd.Contains(b))
            {
                var (nx, ny) = BlockOrigin(b + 1);
                Flow(defaultFlow, GatewayId(b), EndId(b + 1), "nein", null, (x + 175, y + 65), (x + 175, ny + 150), (nx + 157, ny + 150));
            }
            else
            {
                Node($"<bpmn:endEvent id=\"{EndId(b)}\" name=\"Ende {b + 1}\" />");
                Shape(EndId(b), x + 157, y + 132, 36, 36);
                Flow(defaultFlow, GatewayId(b), EndId(b), "nein", null, (x + 175, y + 65), (x + 175, y + 132));
            }

            var targetLeftX = BlockOrigin(b + 1).X + (last ? 32 : 0);
            Flow($"Flow_Ja_{b + 1:000}", GatewayId(b), onwardTarget, "ja", $"${{weiter{b + 1} == true}}", OnwardPoints(b, targetLeftX));
        }

        Node("<bpmn:endEvent id=\"End_Final\" name=\"Abgeschlossen\" />");
        var (fx, fy) = BlockOrigin(blocks);
        Shape("End_Final", fx + 32, fy + 22, 36, 36);

        if (count != elements)
        {
            throw new InvalidOperationException($"generated {count} elements instead of {elements}");
        }

        return $"""
            <?xml version="1.0" encoding="UTF-8"?>
            <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                              xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI"
                              xmlns:dc="http://www.omg.org/spec/DD/20100524/DC"
                              xmlns:di="http://www.omg.org/spec/DD/20100524/DI"
                              xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
                              xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                              id="Definitions_{processKey}" targetNamespace="http://kreis-warendorf.de/kim/bench">
              <bpmn:process id="{processKey}" name="{name}" isExecutable="true">
            {process.ToString().TrimEnd()}
              </bpmn:process>
              <bpmndi:BPMNDiagram id="Diagram_{processKey}">
                <bpmndi:BPMNPlane id="Plane_{processKey}" bpmnElement="{processKey}">
            {diagram.ToString().TrimEnd()}
                </bpmndi:BPMNPlane>
              </bpmndi:BPMNDiagram>
            </bpmn:definitions>
            """;
    }
}
