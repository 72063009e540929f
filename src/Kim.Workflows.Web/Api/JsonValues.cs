using System.Globalization;
using System.Text.Json;

namespace Kim.Workflows.Web.Api;

/// <summary>JSON request values to process variables (string, long, double, bool, null; objects and arrays as JSON text).</summary>
internal static class JsonValues
{
    public static Dictionary<string, object?> ToVariables(Dictionary<string, JsonElement>? values) =>
        (values ?? []).ToDictionary(v => v.Key, v => ToValue(v.Value), StringComparer.Ordinal);

    public static object? ToValue(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Number when value.TryGetInt64(out var l) => l,
        JsonValueKind.Number => value.GetDouble(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        _ => value.GetRawText(),
    };

    /// <summary>Form-style text of a value, for the form validator.</summary>
    public static string? ToText(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString(),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        JsonValueKind.Number => value.GetRawText(),
        _ => value.GetRawText(),
    };

    public static object? Plain(object? value) => value switch
    {
        JsonElement e => ToValue(e),
        IFormattable f when value is not (long or int or double or decimal or bool) => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value,
    };
}
