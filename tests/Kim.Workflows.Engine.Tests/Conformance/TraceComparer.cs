using System.Text.Json;

namespace Kim.Workflows.Engine.Tests.Conformance;

/// <summary>The rules of ../shared/conformance/check.py: state equal, completed/flowsTaken as sorted multisets, waitingOn as sets, variables as JSON values.</summary>
internal static class TraceComparer
{
    public static List<string> Differences(JsonElement expected, JsonElement actual)
    {
        var diffs = new List<string>();
        if (Text(expected, "state") != Text(actual, "state"))
        {
            diffs.Add($"state: expected {Text(expected, "state")}, got {Text(actual, "state")}");
        }

        foreach (var field in new[] { "completed", "flowsTaken" })
        {
            var e = List(expected, field).Order(StringComparer.Ordinal).ToList();
            var a = List(actual, field).Order(StringComparer.Ordinal).ToList();
            if (!e.SequenceEqual(a))
            {
                diffs.Add($"{field}: expected [{string.Join(",", e)}], got [{string.Join(",", a)}]");
            }
        }

        var we = List(expected, "waitingOn").ToHashSet();
        var wa = List(actual, "waitingOn").ToHashSet();
        if (!we.SetEquals(wa))
        {
            diffs.Add($"waitingOn: expected [{string.Join(",", we.Order())}], got [{string.Join(",", wa.Order())}]");
        }

        var ve = expected.TryGetProperty("variables", out var v1) ? v1 : default;
        var va = actual.TryGetProperty("variables", out var v2) ? v2 : default;
        if (!JsonEquals(ve, va))
        {
            diffs.Add($"variables: expected {ve.GetRawText()}, got {va.GetRawText()}");
        }

        return diffs;
    }

    /// <summary>Strict JSON equality: true is not 1, 2 equals 2.0, key order ignored.</summary>
    public static bool JsonEquals(JsonElement a, JsonElement b)
    {
        if (a.ValueKind is JsonValueKind.True or JsonValueKind.False || b.ValueKind is JsonValueKind.True or JsonValueKind.False)
        {
            return a.ValueKind == b.ValueKind;
        }

        if (a.ValueKind != b.ValueKind)
        {
            return false;
        }

        switch (a.ValueKind)
        {
            case JsonValueKind.Number:
                return a.GetDecimal() == b.GetDecimal();
            case JsonValueKind.String:
                return a.GetString() == b.GetString();
            case JsonValueKind.Object:
                var ap = a.EnumerateObject().ToDictionary(p => p.Name, p => p.Value);
                var bp = b.EnumerateObject().ToDictionary(p => p.Name, p => p.Value);
                return ap.Count == bp.Count && ap.All(kv => bp.TryGetValue(kv.Key, out var other) && JsonEquals(kv.Value, other));
            case JsonValueKind.Array:
                return a.GetArrayLength() == b.GetArrayLength() && a.EnumerateArray().Zip(b.EnumerateArray()).All(p => JsonEquals(p.First, p.Second));
            default:
                return true; // null, undefined
        }
    }

    private static string? Text(JsonElement e, string name) => e.TryGetProperty(name, out var v) ? v.ToString() : null;

    private static IEnumerable<string> List(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Array
            ? v.EnumerateArray().Select(x => x.ValueKind == JsonValueKind.String ? x.GetString()! : x.GetRawText())
            : [];
}
