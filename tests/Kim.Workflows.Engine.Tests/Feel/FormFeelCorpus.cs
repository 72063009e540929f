using System.Text.Json.Nodes;
using Kim.Workflows.Engine.Tests.Workflows;

namespace Kim.Workflows.Engine.Tests.Feel;

/// <summary>
/// The FEEL cases both evaluators must agree on: every FEEL text (<c>=…</c>) of the committed <c>.form</c> files
/// (tests/ and workflows/), each in an empty context and in two data sets built from the form's own fields,
/// plus <see cref="FormFeelTable"/>: form-style expressions with hand-written contexts.
/// </summary>
internal static class FormFeelCorpus
{
    public static IReadOnlyList<(string Source, string Expression, JsonObject Context)> All()
    {
        var cases = new List<(string, string, JsonObject)>();
        foreach (var file in FormFiles())
        {
            var form = JsonNode.Parse(File.ReadAllText(file))!.AsObject();
            var name = Path.GetRelativePath(WorkflowHarness.RepositoryRoot(), file);
            var components = form["components"] as JsonArray ?? [];
            var filled = Sample(components, filled: true);
            var empty = Sample(components, filled: false);
            foreach (var (expression, listPath) in Expressions(components, null))
            {
                cases.Add(($"{name} (leer)", expression, []));
                cases.Add(($"{name} (Daten)", expression, Context(filled, listPath)));
                cases.Add(($"{name} (Leerwerte)", expression, Context(empty, listPath)));
            }
        }

        cases.AddRange(FormFeelTable.Cases.Select(c => ("Tabelle", c.Expression, JsonNode.Parse(c.Context)!.AsObject())));
        return cases;
    }

    /// <summary>How many FEEL texts the committed .form files hold (the corpus must not shrink unnoticed).</summary>
    public static int FormExpressionCount() =>
        FormFiles().Sum(f => Expressions(JsonNode.Parse(File.ReadAllText(f))!["components"] as JsonArray ?? [], null).Count());

    private static IEnumerable<string> FormFiles()
    {
        var root = WorkflowHarness.RepositoryRoot();
        return new[] { "tests", "workflows" }
            .Select(folder => Path.Combine(root, folder))
            .Where(Directory.Exists)
            .SelectMany(folder => Directory.EnumerateFiles(folder, "*.form", SearchOption.AllDirectories))
            .Where(f => !f.Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj" or "node_modules"))
            .Order(StringComparer.Ordinal);
    }

    /// <summary>Every string starting with <c>=</c> in a component (static option values and custom properties are data, not FEEL).</summary>
    private static IEnumerable<(string Expression, string? ListPath)> Expressions(JsonArray components, string? listPath)
    {
        foreach (var component in components.OfType<JsonObject>())
        {
            var type = (string?)component["type"];
            foreach (var (name, value) in component)
            {
                if (name is "components" or "values" or "properties")
                {
                    continue;
                }

                foreach (var text in Strings(value))
                {
                    if (text.Length > 1 && text[0] == '=')
                    {
                        yield return (text[1..].Trim(), listPath);
                    }
                }
            }

            if (component["components"] is JsonArray children)
            {
                var childList = type == "dynamiclist" ? (string?)component["path"] : listPath;
                foreach (var inner in Expressions(children, childList))
                {
                    yield return inner;
                }
            }
        }
    }

    private static IEnumerable<string> Strings(JsonNode? node) => node switch
    {
        JsonValue v when v.TryGetValue<string>(out var s) => [s],
        JsonObject o => o.SelectMany(p => Strings(p.Value)),
        JsonArray a => a.SelectMany(Strings),
        _ => [],
    };

    /// <summary>Data for the form's fields: typical values, or (not filled) the values of an untouched form.</summary>
    private static JsonObject Sample(JsonArray components, bool filled)
    {
        var data = new JsonObject();
        foreach (var c in components.OfType<JsonObject>())
        {
            var type = (string?)c["type"];
            if (type == "dynamiclist" && (string?)c["path"] is { } path)
            {
                Set(data, path, filled ? new JsonArray(Sample(c["components"] as JsonArray ?? [], true), Sample(c["components"] as JsonArray ?? [], false)) : new JsonArray());
            }
            else if (type == "group" && c["components"] is JsonArray children)
            {
                foreach (var (key, value) in Sample(children, filled).ToList())
                {
                    Set(data, (string?)c["path"] is { Length: > 0 } p ? $"{p}.{key}" : key, value?.DeepClone());
                }
            }
            else if ((string?)c["key"] is { } key)
            {
                Set(data, key, Value(type, c, filled));
            }
        }

        return data;
    }

    private static JsonNode? Value(string? type, JsonObject c, bool filled)
    {
        var first = (c["values"] as JsonArray)?.OfType<JsonObject>().Select(o => o["value"]?.DeepClone()).FirstOrDefault();
        return type switch
        {
            "checkbox" => filled,
            "number" => filled ? 1250.5 : 0,
            "datetime" => filled ? "2026-03-01" : null,
            "select" or "radio" => filled ? first ?? "einzeln" : null,
            "checklist" or "taglist" => filled ? new JsonArray(first ?? "a") : new JsonArray(),
            "expression" => filled ? 3 : null,
            _ => filled ? "Kita-Platz" : "",
        };
    }

    private static void Set(JsonObject data, string path, JsonNode? value)
    {
        var parts = path.Split('.');
        var target = data;
        foreach (var part in parts[..^1])
        {
            if (target[part] is not JsonObject next)
            {
                next = new JsonObject();
                target[part] = next;
            }

            target = next;
        }

        target[parts[^1]] = value;
    }

    /// <summary>The context form-js builds: the data, <c>this</c> (the first list item in a list), <c>parent</c>, <c>i</c>.</summary>
    private static JsonObject Context(JsonObject data, string? listPath)
    {
        var context = (JsonObject)data.DeepClone();
        var item = listPath is null ? null : (data[listPath] as JsonArray)?.FirstOrDefault() as JsonObject;
        context["this"] = (item ?? data).DeepClone();
        context["parent"] = item is null ? null : data.DeepClone();
        context["i"] = item is null ? new JsonArray() : new JsonArray(1);
        return context;
    }
}
