using System.Text.Json;
using Kim.Workflows.Engine.Model;

namespace Kim.Workflows.Runtime.Queries;

/// <summary>
/// Writes and reads the form fields stored with a task (<c>user_tasks.FormFieldsJson</c>). By hand: the instance
/// serializer's options ignore read-only properties, which dropped the key/value pairs of enum fields, and
/// <see cref="FormField"/>'s constructor cannot bind them back either.
/// </summary>
public static class FormFieldJson
{
    public static string Serialize(IReadOnlyList<FormField> fields) => JsonSerializer.Serialize(fields.Select(f => new
    {
        f.Id,
        f.Label,
        Type = f.Type.ToString(),
        f.DefaultValue,
        EnumValues = f.EnumValues.Select(v => new { v.Key, v.Value }),
        Constraints = f.Constraints.Select(c => new { c.Name, c.Config }),
        f.Properties,
    }));

    public static IReadOnlyList<FormField> Parse(string json)
    {
        using var document = JsonDocument.Parse(string.IsNullOrWhiteSpace(json) ? "[]" : json);
        var fields = new List<FormField>();
        foreach (var f in document.RootElement.EnumerateArray())
        {
            fields.Add(new FormField(
                Text(f, "Id") ?? "",
                Text(f, "Label"),
                Enum.TryParse<FormFieldType>(Text(f, "Type"), ignoreCase: true, out var type) ? type : FormFieldType.String,
                Text(f, "DefaultValue"),
                [.. Items(f, "EnumValues").Select(v => new KeyValuePair<string, string>(Text(v, "Key") ?? "", Text(v, "Value") ?? ""))],
                [.. Items(f, "Constraints").Select(c => new FormConstraint(Text(c, "Name") ?? "", Text(c, "Config")))],
                Property(f, "Properties") is { ValueKind: JsonValueKind.Object } p
                    ? p.EnumerateObject().ToDictionary(x => x.Name, x => x.Value.ToString(), StringComparer.Ordinal)
                    : new Dictionary<string, string>()));
        }

        return fields;
    }

    private static JsonElement? Property(JsonElement element, string name)
    {
        foreach (var p in element.EnumerateObject())
        {
            if (string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                return p.Value;
            }
        }

        return null;
    }

    private static string? Text(JsonElement element, string name) => Property(element, name) is { } v && v.ValueKind != JsonValueKind.Null ? v.ToString() : null;

    private static List<JsonElement> Items(JsonElement element, string name) =>
        Property(element, name) is { ValueKind: JsonValueKind.Array } a ? [.. a.EnumerateArray()] : [];
}
