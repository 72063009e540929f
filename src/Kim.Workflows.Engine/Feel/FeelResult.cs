using System.Text.Json;

namespace Kim.Workflows.Engine.Feel;

/// <summary>
/// The outcome of one FEEL evaluation: a value (null where FEEL's result is null, including operations
/// FEEL leaves undefined) or an error (syntax error or limit) with a German message.
/// </summary>
public sealed record FeelResult(object? Value, string? Error = null, int? ErrorPosition = null)
{
    public bool IsSuccess => Error is null;

    /// <summary>True only for the boolean true: what a condition or a unary test needs to hold.</summary>
    public bool IsTrue => Value is true;

    public static FeelResult Failure(string message, int? position = null) => new(null, message, position);

    /// <summary>The value as plain CLR/NodaTime values (see <see cref="FeelClr.ToClr"/>).</summary>
    public object? ToClr() => FeelClr.ToClr(Value);

    /// <summary>The value as JSON: numbers exact, dates/times/durations/ranges as their FEEL strings.</summary>
    public string ToJson() => FeelJson.Serialize(Value);

    public void WriteJson(Utf8JsonWriter writer) => FeelJson.Write(writer, Value);
}
