using System.Text.Json;
using Kim.Workflows.Engine.Variables;

namespace Kim.Workflows.Engine.Simulation;

/// <summary>The start variables and the actions of a conformance script file.</summary>
public sealed record SimulationScript(IReadOnlyDictionary<string, object?> Variables, IReadOnlyList<SimulationAction> Actions)
{
    public static SimulationScript Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        var variables = root.TryGetProperty("variables", out var v) ? AsMap(v) : new Dictionary<string, object?>();
        var actions = new List<SimulationAction>();
        if (root.TryGetProperty("actions", out var list))
        {
            foreach (var a in list.EnumerateArray())
            {
                actions.Add(new SimulationAction(
                    a.GetProperty("type").GetString() ?? "",
                    a.TryGetProperty("id", out var id) ? id.GetString() ?? "" : "",
                    a.TryGetProperty("variables", out var av) ? AsMap(av) : null));
            }
        }

        return new SimulationScript(variables, actions);
    }

    private static Dictionary<string, object?> AsMap(JsonElement e) =>
        VariableValues.FromJson(e) as Dictionary<string, object?> ?? throw new FormatException("'variables' must be a JSON object.");
}
