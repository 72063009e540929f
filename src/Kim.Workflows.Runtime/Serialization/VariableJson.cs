using System.Globalization;
using System.Text.Json;
using Kim.Workflows.Engine.Variables;

namespace Kim.Workflows.Runtime.Serialization;

/// <summary>
/// Variables in stored state keep their type: plain JSON would turn a DateTimeOffset into a string.
/// Instants are written as <c>{"$dt":"…"}</c>; a map that itself looks like a tag is wrapped in
/// <c>{"$map":{…}}</c>. Everything else is <see cref="VariableValues"/>' JSON.
/// </summary>
public static class VariableJson
{
    private const string DateTag = "$dt";
    private const string MapTag = "$map";

    public static void Write(Utf8JsonWriter writer, object? value)
    {
        switch (VariableValues.IsModelValue(value) ? value : VariableValues.Normalize(value))
        {
            case DateTimeOffset dto:
                writer.WriteStartObject();
                writer.WriteString(DateTag, dto.ToString("O", CultureInfo.InvariantCulture));
                writer.WriteEndObject();
                break;
            case List<object?> list:
                writer.WriteStartArray();
                foreach (var item in list)
                {
                    Write(writer, item);
                }

                writer.WriteEndArray();
                break;
            case Dictionary<string, object?> map:
                var wrap = map.Count == 1 && (map.ContainsKey(DateTag) || map.ContainsKey(MapTag));
                if (wrap)
                {
                    writer.WriteStartObject();
                    writer.WritePropertyName(MapTag);
                }

                writer.WriteStartObject();
                foreach (var (key, item) in map)
                {
                    writer.WritePropertyName(key);
                    Write(writer, item);
                }

                writer.WriteEndObject();
                if (wrap)
                {
                    writer.WriteEndObject();
                }

                break;
            case var scalar:
                VariableValues.WriteJson(writer, scalar);
                break;
        }
    }

    public static object? Read(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Array:
                var list = new List<object?>(element.GetArrayLength());
                foreach (var item in element.EnumerateArray())
                {
                    list.Add(Read(item));
                }

                return list;
            case JsonValueKind.Object:
                if (SingleProperty(element) is { } only)
                {
                    if (only.Name == DateTag && only.Value.ValueKind == JsonValueKind.String)
                    {
                        return DateTimeOffset.Parse(only.Value.GetString()!, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);
                    }

                    if (only.Name == MapTag && only.Value.ValueKind == JsonValueKind.Object)
                    {
                        return ReadMap(only.Value);
                    }
                }

                return ReadMap(element);
            default:
                return VariableValues.FromJson(element);
        }
    }

    public static Dictionary<string, object?> ReadMap(JsonElement element)
    {
        var map = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var property in element.EnumerateObject())
        {
            map[property.Name] = Read(property.Value);
        }

        return map;
    }

    /// <summary>A whole variable map as JSON text (task completion variables, outbox payloads).</summary>
    public static string ToJson(IReadOnlyDictionary<string, object?>? variables)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            foreach (var (key, value) in variables ?? new Dictionary<string, object?>())
            {
                writer.WritePropertyName(key);
                Write(writer, value);
            }

            writer.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    public static Dictionary<string, object?> MapFromJson(string json)
    {
        using var document = JsonDocument.Parse(json);
        return ReadMap(document.RootElement);
    }

    private static JsonProperty? SingleProperty(JsonElement element)
    {
        JsonProperty? found = null;
        foreach (var property in element.EnumerateObject())
        {
            if (found is not null)
            {
                return null;
            }

            found = property;
        }

        return found;
    }
}
