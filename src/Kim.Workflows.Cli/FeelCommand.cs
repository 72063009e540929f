using System.Text;
using System.Text.Json;
using Kim.Workflows.Engine.Feel;

namespace Kim.Workflows.Cli;

/// <summary>
/// <c>feel</c>: reads JSON lines <c>{"expression": "…", "context": {…}}</c> from stdin and writes one line per
/// case, in order: <c>{"value": …}</c> (numbers exact) or <c>{"error": "…"}</c>. Exit 0 when every line was read.
/// </summary>
internal static class FeelCommand
{
    public static int Run()
    {
        // The CLI is a composition root: now() and today() read the real clock here.
        var engine = new FeelEngine(TimeProvider.System);
        using var output = Console.OpenStandardOutput();
        var exit = 0;
        string? line;
        while ((line = Console.In.ReadLine()) is not null)
        {
            if (line.Trim().Length == 0)
            {
                continue;
            }

            using var buffer = new MemoryStream();
            using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
            {
                writer.WriteStartObject();
                try
                {
                    var result = Evaluate(engine, line);
                    if (result.IsSuccess)
                    {
                        writer.WritePropertyName("value");
                        result.WriteJson(writer);
                    }
                    else
                    {
                        writer.WriteString("error", result.Error);
                    }
                }
                catch (JsonException e)
                {
                    writer.WriteString("error", $"Die Zeile ist kein gültiges JSON: {e.Message}");
                    exit = 1;
                }

                writer.WriteEndObject();
            }

            buffer.WriteByte((byte)'\n');
            output.Write(buffer.ToArray());
        }

        return exit;
    }

    private static FeelResult Evaluate(FeelEngine engine, string line)
    {
        using var document = JsonDocument.Parse(line);
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("expression", out var expression) || expression.ValueKind != JsonValueKind.String)
        {
            return FeelResult.Failure("Die Zeile braucht ein Feld \"expression\" mit einer Zeichenkette.");
        }

        var context = new Dictionary<string, object?>(StringComparer.Ordinal);
        if (root.TryGetProperty("context", out var variables) && variables.ValueKind == JsonValueKind.Object)
        {
            foreach (var variable in variables.EnumerateObject())
            {
                context[variable.Name] = variable.Value.Clone();
            }
        }

        return engine.Evaluate(expression.GetString()!, context);
    }
}
