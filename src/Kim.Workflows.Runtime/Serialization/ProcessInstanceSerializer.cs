using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Kim.Workflows.Engine.Execution;

namespace Kim.Workflows.Runtime.Serialization;

/// <summary>
/// The whole <see cref="ProcessInstance"/> as JSON: scopes with typed variables, tokens, subscriptions,
/// incidents. Computed properties (no setter) are left out; enums are names so the stored state stays
/// readable and survives reordering of enum members.
/// </summary>
public static class ProcessInstanceSerializer
{
    internal static JsonSerializerOptions Options { get; } = CreateOptions();

    public static string Serialize(ProcessInstance instance) => JsonSerializer.Serialize(instance, Options);

    public static ProcessInstance Deserialize(string json) =>
        JsonSerializer.Deserialize<ProcessInstance>(json, Options) ?? throw new JsonException("Stored instance state is empty.");

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions
        {
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { DropComputedProperties } },
        };
        options.Converters.Add(new JsonStringEnumConverter());
        options.Converters.Add(new VariableValueConverter());
        options.MakeReadOnly();
        return options;
    }

    private static void DropComputedProperties(JsonTypeInfo type)
    {
        // KeyValuePair (enum values of form fields) has get-only Key/Value bound through its constructor: keep them.
        if (type.Kind != JsonTypeInfoKind.Object || (type.Type.IsGenericType && type.Type.GetGenericTypeDefinition() == typeof(KeyValuePair<,>)))
        {
            return;
        }

        for (var i = type.Properties.Count - 1; i >= 0; i--)
        {
            if (type.Properties[i].Set is null)
            {
                type.Properties.RemoveAt(i);
            }
        }
    }
}
