using System.Globalization;
using Kim.Workflows.Engine.Variables;

namespace Kim.Workflows.Engine.Expressions.Evaluation;

/// <summary>
/// Type coercions of the Unified Expression Language (JSR 245, section 1.18), restricted to
/// our value model. Where the spec would use BigDecimal/BigInteger we use double/long.
/// </summary>
internal static class JuelCoercion
{
    /// <summary>Values from variables may be foreign CLR types (int, arrays); bring them into the model.</summary>
    public static object? ToModel(object? value, int position)
    {
        if (VariableValues.IsModelValue(value))
        {
            return value;
        }

        try
        {
            return VariableValues.Normalize(value);
        }
        catch (ArgumentException ex)
        {
            throw new EvaluationFailure(ex.Message, position, ex);
        }
    }

    /// <summary>JUEL 1.7.1: a double, or a string containing '.', 'e' or 'E', makes arithmetic floating point.</summary>
    public static bool IsFloating(object? value) =>
        value is double || (value is string s && s.AsSpan().IndexOfAny('.', 'e', 'E') >= 0);

    public static long ToLong(object? value, int position) => value switch
    {
        null => 0,
        long l => l,
        double d when double.IsFinite(d) && d >= long.MinValue && d <= long.MaxValue => (long)d,
        string { Length: 0 } => 0,
        string s when long.TryParse(s, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var l) => l,
        _ => throw CannotCoerce(value, "an integer", position),
    };

    public static double ToDouble(object? value, int position) => value switch
    {
        null => 0,
        long l => l,
        double d => d,
        string { Length: 0 } => 0,
        string s when double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) => d,
        _ => throw CannotCoerce(value, "a number", position),
    };

    /// <summary>JUEL 1.18.5: null and "" are false, other strings are true only for "true" (any case).</summary>
    public static bool ToBoolean(object? value, int position) => value switch
    {
        null => false,
        bool b => b,
        string s => string.Equals(s, "true", StringComparison.OrdinalIgnoreCase),
        _ => throw CannotCoerce(value, "a boolean", position),
    };

    public static DateTimeOffset ToDate(object? value, int position) => value switch
    {
        DateTimeOffset dto => dto,
        string s when DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var dto) => dto,
        _ => throw CannotCoerce(value, "a date", position),
    };

    /// <summary>JUEL 1.18.2: null is "", numbers print like Java (2.0 stays "2.0").</summary>
    public static string ToText(object? value) => value switch
    {
        null => string.Empty,
        string s => s,
        bool b => b ? "true" : "false",
        long l => l.ToString(CultureInfo.InvariantCulture),
        double d => double.IsFinite(d) ? VariableValues.FormatDouble(d) : d.ToString(CultureInfo.InvariantCulture),
        DateTimeOffset dto => dto.ToString("O", CultureInfo.InvariantCulture),
        _ => VariableValues.ToJson(value),
    };

    public static string Describe(object? value) => value switch
    {
        null => "null",
        string s => $"string '{(s.Length > 40 ? string.Concat(s.AsSpan(0, 40), "…") : s)}'",
        bool b => b ? "boolean true" : "boolean false",
        long l => $"integer {l.ToString(CultureInfo.InvariantCulture)}",
        double d => $"number {d.ToString(CultureInfo.InvariantCulture)}",
        DateTimeOffset => "date",
        List<object?> => "list",
        Dictionary<string, object?> => "map",
        _ => value.GetType().Name,
    };

    public static string TypeName(object? value) => value switch
    {
        null => "null",
        string => "string",
        bool => "boolean",
        long => "integer",
        double => "number",
        DateTimeOffset => "date",
        List<object?> => "list",
        Dictionary<string, object?> => "map",
        _ => value.GetType().Name,
    };

    private static EvaluationFailure CannotCoerce(object? value, string target, int position) =>
        new($"cannot convert {Describe(value)} to {target}", position);
}
