using System.Text.Json;
using Kim.Workflows.Engine.Execution.Effects;
using Kim.Workflows.Runtime.Serialization;

namespace Kim.Workflows.Runtime.Outbox;

/// <summary>Effects as outbox JSON and back (same typed variable encoding as the instance state).</summary>
public static class OutboxPayload
{
    public static string Serialize(EngineEffect effect) =>
        JsonSerializer.Serialize(effect, effect.GetType(), ProcessInstanceSerializer.Options);

    public static EngineEffect Deserialize(string kind, string json) =>
        (EngineEffect)(JsonSerializer.Deserialize(json, OutboxKinds.PayloadType(kind), ProcessInstanceSerializer.Options)
            ?? throw new JsonException($"Outbox payload of kind {kind} is empty."));

    public static T Deserialize<T>(string json)
        where T : EngineEffect =>
        JsonSerializer.Deserialize<T>(json, ProcessInstanceSerializer.Options) ?? throw new JsonException("Outbox payload is empty.");
}
