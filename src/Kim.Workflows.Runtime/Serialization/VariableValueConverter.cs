using System.Text.Json;
using System.Text.Json.Serialization;

namespace Kim.Workflows.Runtime.Serialization;

/// <summary>Lets System.Text.Json write every <c>object?</c> slot (variables, multi-instance items) through <see cref="VariableJson"/>.</summary>
internal sealed class VariableValueConverter : JsonConverter<object>
{
    public override object? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        using var document = JsonDocument.ParseValue(ref reader);
        return VariableJson.Read(document.RootElement);
    }

    public override void Write(Utf8JsonWriter writer, object value, JsonSerializerOptions options) => VariableJson.Write(writer, value);
}
