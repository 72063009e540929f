using System.Text;
using Kim.Workflows.Engine.Parsing;

namespace Kim.Workflows.Web.Monitor;

/// <summary>
/// The labels of a definition's elements, so monitor pages say "Erstberatung durchführen" instead of
/// <c>Task_Erstberatung</c>; an element without a label (or not in the file) keeps its id.
/// </summary>
public sealed class ElementLabels
{
    private readonly Dictionary<string, string> _names = new(StringComparer.Ordinal);

    public static ElementLabels Empty { get; } = new();

    public static ElementLabels FromXml(string? xml)
    {
        var labels = new ElementLabels();
        if (string.IsNullOrWhiteSpace(xml))
        {
            return labels;
        }

        var model = BpmnParser.Parse(Encoding.UTF8.GetBytes(xml)).Model;
        foreach (var process in model?.Processes ?? [])
        {
            foreach (var node in process.AllNodes.Where(n => !string.IsNullOrWhiteSpace(n.Name)))
            {
                labels._names.TryAdd(node.Id, node.Name!);
            }
        }

        return labels;
    }

    public string Of(string? elementId) =>
        elementId is null ? "" : _names.GetValueOrDefault(elementId, elementId);
}
