using NodaTime;

namespace Kim.Workflows.Engine.Feel;

/// <summary><c>value instance of type</c> for FEEL's built-in types, <c>list&lt;T&gt;</c>, <c>range&lt;T&gt;</c>, <c>context&lt;…&gt;</c> and <c>function&lt;…&gt; -&gt; T</c>.</summary>
internal static class FeelTypes
{
    /// <summary>The XML Schema names that older DMN models use for FEEL types.</summary>
    private static readonly Dictionary<string, string> Aliases = new(StringComparer.Ordinal)
    {
        ["dateTime"] = "date and time",
        ["dayTimeDuration"] = "days and time duration",
        ["yearMonthDuration"] = "years and months duration",
    };

    public static bool IsInstance(object? value, FeelTypeRef type)
    {
        if (type.Name == "Any")
        {
            return value is not null;
        }

        if (type.Name == "Null")
        {
            return value is null;
        }

        return value switch
        {
            _ when Aliases.TryGetValue(type.Name, out var canonical) => IsInstance(value, type with { Name = canonical }),
            null => false,
            decimal => type.Name == "number",
            string => type.Name == "string",
            bool => type.Name == "boolean",
            LocalDate => type.Name == "date",
            FeelTime => type.Name == "time",
            FeelDateTime => type.Name == "date and time",
            FeelDayTimeDuration => type.Name == "days and time duration",
            FeelYearMonthDuration => type.Name == "years and months duration",
            List<object?> list => type.Name == "list" && (type.Arguments.Count == 0 || list.TrueForAll(i => i is null || IsInstance(i, type.Arguments[0]))),
            FeelRange range => type.Name == "range" && (type.Arguments.Count == 0
                || ((range.Start is null || IsInstance(range.Start, type.Arguments[0])) && (range.End is null || IsInstance(range.End, type.Arguments[0])))),
            FeelContext context => type.Name == "context" && ContextConforms(context, type),
            FeelFunction function => type.Name == "function"
                && (type.Arguments.Count == 0 || function.Arity is null || function.Arity == type.Arguments.Count - 1),
            _ => false,
        };
    }

    private static bool ContextConforms(FeelContext context, FeelTypeRef type)
    {
        if (type.FieldNames is null)
        {
            return true;
        }

        for (var i = 0; i < type.FieldNames.Count; i++)
        {
            if (!context.TryGet(type.FieldNames[i], out var value) || (value is not null && !IsInstance(value, type.Arguments[i])))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The name of a value's type, as <c>instance of</c> writes it.</summary>
    public static string NameOf(object? value) => value switch
    {
        null => "Null",
        decimal => "number",
        string => "string",
        bool => "boolean",
        LocalDate => "date",
        FeelTime => "time",
        FeelDateTime => "date and time",
        FeelDayTimeDuration => "days and time duration",
        FeelYearMonthDuration => "years and months duration",
        List<object?> => "list",
        FeelRange => "range",
        FeelContext => "context",
        _ => "function",
    };
}
