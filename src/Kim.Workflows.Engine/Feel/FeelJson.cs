using System.Text;
using System.Text.Json;

namespace Kim.Workflows.Engine.Feel;

/// <summary>Writes FEEL values as JSON: decimals digit for digit, temporal values and ranges as FEEL strings, functions as null.</summary>
public static class FeelJson
{
    public static string Serialize(object? value)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            Write(writer, value);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    public static void Write(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null or FeelFunction:
                writer.WriteNullValue();
                break;
            case bool b:
                writer.WriteBooleanValue(b);
                break;
            case decimal d:
                writer.WriteNumberValue(d);
                break;
            case string s:
                writer.WriteStringValue(s);
                break;
            case List<object?> list:
                writer.WriteStartArray();
                foreach (var item in list)
                {
                    Write(writer, item);
                }

                writer.WriteEndArray();
                break;
            case FeelContext context:
                writer.WriteStartObject();
                foreach (var (key, entry) in context.Entries)
                {
                    writer.WritePropertyName(key);
                    Write(writer, entry);
                }

                writer.WriteEndObject();
                break;
            default:
                writer.WriteStringValue(FeelFormat.ToText(value));
                break;
        }
    }
}
