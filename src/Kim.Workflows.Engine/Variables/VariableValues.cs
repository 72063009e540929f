using System.Buffers;
using System.Collections;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;

namespace Kim.Workflows.Engine.Variables;

/// <summary>
/// The closed value model of process variables: null, bool, long, double, string,
/// DateTimeOffset, List&lt;object?&gt; and Dictionary&lt;string, object?&gt; (ordinal keys).
/// Everything that enters the engine (API input, handler results, scripts) goes through
/// <see cref="Normalize"/> so expressions, scripts and persistence see one set of types.
/// </summary>
public static class VariableValues
{
    // Keeps umlauts readable in stored JSON but still escapes HTML-sensitive characters,
    // because variables may end up embedded in pages.
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    /// <summary>True for values that already belong to the model (collections checked shallowly).</summary>
    public static bool IsModelValue(object? value) =>
        value is null or bool or long or double or string or DateTimeOffset
            or List<object?> or Dictionary<string, object?>;

    /// <summary>Converts a CLR value into the value model; throws ArgumentException for unsupported types.</summary>
    public static object? Normalize(object? value) => value switch
    {
        null or bool or long or double or string or DateTimeOffset => value,
        int i => (long)i,
        short s => (long)s,
        byte b => (long)b,
        sbyte sb => (long)sb,
        ushort us => (long)us,
        uint ui => (long)ui,
        ulong ul => ul <= long.MaxValue ? (long)ul : (double)ul,
        float f => (double)f,
        decimal m when decimal.Truncate(m) == m && m >= long.MinValue && m <= long.MaxValue => (long)m,
        decimal m => (double)m,
        char c => c.ToString(),
        DateTime dt => new DateTimeOffset(dt.Kind == DateTimeKind.Unspecified ? DateTime.SpecifyKind(dt, DateTimeKind.Utc) : dt),
        Guid g => g.ToString(),
        Enum e => e.ToString(),
        JsonElement element => FromJson(element),
        JsonNode node => FromJsonNode(node),
        Dictionary<string, object?> map => NormalizeMap(map),
        IDictionary dictionary => NormalizeDictionary(dictionary),
        IEnumerable<KeyValuePair<string, object?>> pairs => NormalizePairs(pairs),
        IEnumerable sequence => NormalizeSequence(sequence),
        _ => throw new ArgumentException(
            $"A value of type {value.GetType().Name} cannot be a process variable; use null, bool, numbers, string, DateTimeOffset, lists or string-keyed maps.",
            nameof(value)),
    };

    /// <summary>Converts parsed JSON; integers without '.', 'e' or 'E' become long, other numbers double.</summary>
    public static object? FromJson(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Null:
            case JsonValueKind.Undefined:
                return null;
            case JsonValueKind.True:
                return true;
            case JsonValueKind.False:
                return false;
            case JsonValueKind.String:
                return element.GetString();
            case JsonValueKind.Number:
                return ParseNumber(element.GetRawText());
            case JsonValueKind.Array:
                var list = new List<object?>(element.GetArrayLength());
                foreach (var item in element.EnumerateArray())
                {
                    list.Add(FromJson(item));
                }

                return list;
            default:
                var map = new Dictionary<string, object?>(StringComparer.Ordinal);
                foreach (var property in element.EnumerateObject())
                {
                    map[property.Name] = FromJson(property.Value);
                }

                return map;
        }
    }

    /// <summary>Writes a model value; DateTimeOffset as ISO 8601 ("O"), integral doubles keep a ".0".</summary>
    public static void WriteJson(Utf8JsonWriter writer, object? value)
    {
        ArgumentNullException.ThrowIfNull(writer);
        switch (IsModelValue(value) ? value : Normalize(value))
        {
            case null:
                writer.WriteNullValue();
                break;
            case bool b:
                writer.WriteBooleanValue(b);
                break;
            case long l:
                writer.WriteNumberValue(l);
                break;
            case double d:
                writer.WriteRawValue(FormatDouble(d));
                break;
            case string s:
                writer.WriteStringValue(s);
                break;
            case DateTimeOffset dto:
                writer.WriteStringValue(dto.ToString("O", CultureInfo.InvariantCulture));
                break;
            case List<object?> list:
                writer.WriteStartArray();
                foreach (var item in list)
                {
                    WriteJson(writer, item);
                }

                writer.WriteEndArray();
                break;
            case Dictionary<string, object?> map:
                writer.WriteStartObject();
                foreach (var (key, item) in map)
                {
                    writer.WritePropertyName(key);
                    WriteJson(writer, item);
                }

                writer.WriteEndObject();
                break;
        }
    }

    public static object? Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        using var document = JsonDocument.Parse(json);
        return FromJson(document.RootElement);
    }

    public static string ToJson(object? value)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            WriteJson(writer, value);
        }

        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>
    /// Structural equality with numeric comparison across long and double (2 equals 2.0),
    /// ordinal strings, instants for DateTimeOffset, element-wise lists and key-set maps.
    /// </summary>
    public static bool DeepEquals(object? a, object? b)
    {
        // Model collections are compared in place; only foreign types are converted first.
        a = IsModelValue(a) ? a : Normalize(a);
        b = IsModelValue(b) ? b : Normalize(b);
        switch (a)
        {
            case null:
                return b is null;
            case long la when b is long lb:
                return la == lb;
            case long or double when b is long or double:
                return ToDouble(a) == ToDouble(b);
            case List<object?> la when b is List<object?> lb:
                if (la.Count != lb.Count)
                {
                    return false;
                }

                for (var i = 0; i < la.Count; i++)
                {
                    if (!DeepEquals(la[i], lb[i]))
                    {
                        return false;
                    }
                }

                return true;
            case Dictionary<string, object?> ma when b is Dictionary<string, object?> mb:
                if (ma.Count != mb.Count)
                {
                    return false;
                }

                foreach (var (key, item) in ma)
                {
                    if (!mb.TryGetValue(key, out var other) || !DeepEquals(item, other))
                    {
                        return false;
                    }
                }

                return true;
            default:
                return a.Equals(b);
        }
    }

    /// <summary>Formats a double for JSON so that it reads back as a double ("2.0", not "2").</summary>
    internal static string FormatDouble(double d)
    {
        if (!double.IsFinite(d))
        {
            throw new ArgumentException($"The number {d} cannot be stored in a process variable (not finite).");
        }

        var text = d.ToString("R", CultureInfo.InvariantCulture);
        return text.AsSpan().IndexOfAny('.', 'E', 'e') < 0 ? text + ".0" : text;
    }

    private static double ToDouble(object value) => value is long l ? l : (double)value;

    private static object ParseNumber(string raw)
    {
        if (raw.AsSpan().IndexOfAny('.', 'e', 'E') < 0
            && long.TryParse(raw, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var l))
        {
            return l;
        }

        return double.Parse(raw, NumberStyles.Float, CultureInfo.InvariantCulture);
    }

    private static object? FromJsonNode(JsonNode node)
    {
        switch (node)
        {
            case JsonObject obj:
                var map = new Dictionary<string, object?>(StringComparer.Ordinal);
                foreach (var (key, item) in obj)
                {
                    map[key] = item is null ? null : FromJsonNode(item);
                }

                return map;
            case JsonArray array:
                var list = new List<object?>(array.Count);
                foreach (var item in array)
                {
                    list.Add(item is null ? null : FromJsonNode(item));
                }

                return list;
            default:
                var value = (JsonValue)node;
                return value.TryGetValue<JsonElement>(out var element)
                    ? FromJson(element)
                    : Normalize(value.GetValue<object>());
        }
    }

    private static Dictionary<string, object?> NormalizeMap(Dictionary<string, object?> map)
    {
        var result = new Dictionary<string, object?>(map.Count, StringComparer.Ordinal);
        foreach (var (key, item) in map)
        {
            result[key] = Normalize(item);
        }

        return result;
    }

    private static Dictionary<string, object?> NormalizeDictionary(IDictionary dictionary)
    {
        var result = new Dictionary<string, object?>(dictionary.Count, StringComparer.Ordinal);
        foreach (DictionaryEntry entry in dictionary)
        {
            result[Convert.ToString(entry.Key, CultureInfo.InvariantCulture) ?? string.Empty] = Normalize(entry.Value);
        }

        return result;
    }

    private static Dictionary<string, object?> NormalizePairs(IEnumerable<KeyValuePair<string, object?>> pairs)
    {
        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (key, item) in pairs)
        {
            result[key] = Normalize(item);
        }

        return result;
    }

    private static List<object?> NormalizeSequence(IEnumerable sequence)
    {
        var result = new List<object?>();
        foreach (var item in sequence)
        {
            result.Add(Normalize(item));
        }

        return result;
    }
}
