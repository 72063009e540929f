using System.Text;
using System.Text.Json;
using Kim.Workflows.Engine.Variables;

namespace Kim.Workflows.Engine.Simulation;

/// <summary>The trace the conformance kit compares (state, completed, flowsTaken, waitingOn, variables) plus diagnostics.</summary>
public sealed record SimulationTrace(
    string State,
    IReadOnlyList<string> Completed,
    IReadOnlyList<string> FlowsTaken,
    IReadOnlyList<string> WaitingOn,
    IReadOnlyDictionary<string, object?> Variables,
    string? Error)
{
    /// <summary>Task completions a form rejected (an extra field; the conformance kit ignores it).</summary>
    public IReadOnlyList<FormRejection> Rejected { get; init; } = [];

    public string ToJson()
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = false }))
        {
            w.WriteStartObject();
            w.WriteString("state", State);
            WriteList(w, "completed", Completed);
            WriteList(w, "flowsTaken", FlowsTaken);
            WriteList(w, "waitingOn", WaitingOn);
            w.WritePropertyName("variables");
            VariableValues.WriteJson(w, Variables.ToDictionary(kv => kv.Key, kv => kv.Value));
            if (Error is not null)
            {
                w.WriteString("error", Error);
            }

            if (Rejected.Count > 0)
            {
                w.WriteStartArray("rejected");
                foreach (var r in Rejected)
                {
                    w.WriteStartObject();
                    w.WriteString("id", r.ElementId);
                    w.WriteString("form", r.FormId);
                    w.WriteStartObject("errors");
                    foreach (var (path, message) in r.Errors)
                    {
                        w.WriteString(path, message);
                    }

                    w.WriteEndObject();
                    w.WriteEndObject();
                }

                w.WriteEndArray();
            }

            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void WriteList(Utf8JsonWriter w, string name, IEnumerable<string> items)
    {
        w.WriteStartArray(name);
        foreach (var i in items)
        {
            w.WriteStringValue(i);
        }

        w.WriteEndArray();
    }
}
