using Kim.Workflows.Engine.Variables;

namespace Kim.Workflows.Engine.Expressions.Evaluation;

/// <summary>
/// The only methods an expression may call, implemented by hand per value type.
/// There is deliberately no reflection: a name that is not listed here can never reach a CLR member.
/// </summary>
internal static class MethodWhitelist
{
    /// <summary>Method name → number of arguments; checked at compile time.</summary>
    public static readonly IReadOnlyDictionary<string, int> Arity = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["length"] = 0,
        ["isEmpty"] = 0,
        ["contains"] = 1,
        ["startsWith"] = 1,
        ["endsWith"] = 1,
        ["toUpperCase"] = 0,
        ["toLowerCase"] = 0,
        ["trim"] = 0,
        ["equals"] = 1,
        ["size"] = 0,
        ["get"] = 1,
        ["containsKey"] = 1,
    };

    public static object? Invoke(object? target, string name, object?[] args, EvaluationContext context, int position) => target switch
    {
        string s => OnString(s, name, args, context, position),
        List<object?> list => OnList(list, name, args, position),
        Dictionary<string, object?> map => OnMap(map, name, args, position),
        null => throw new EvaluationFailure($"cannot call {name}() on null", position),
        _ => throw NotAllowed(target, name, position),
    };

    private static object? OnString(string s, string name, object?[] args, EvaluationContext context, int position) => name switch
    {
        "length" => (long)s.Length,
        "isEmpty" => s.Length == 0,
        "contains" => s.Contains(JuelCoercion.ToText(args[0]), StringComparison.Ordinal),
        "startsWith" => s.StartsWith(JuelCoercion.ToText(args[0]), StringComparison.Ordinal),
        "endsWith" => s.EndsWith(JuelCoercion.ToText(args[0]), StringComparison.Ordinal),
        "toUpperCase" => context.CheckString(s.ToUpperInvariant(), position),
        "toLowerCase" => context.CheckString(s.ToLowerInvariant(), position),
        "trim" => s.Trim(),
        "equals" => args[0] is string other && string.Equals(s, other, StringComparison.Ordinal),
        _ => throw NotAllowed(s, name, position),
    };

    private static object? OnList(List<object?> list, string name, object?[] args, int position)
    {
        switch (name)
        {
            case "size":
                return (long)list.Count;
            case "isEmpty":
                return list.Count == 0;
            case "contains":
                // Numeric-aware equality, so a list read from JSON ([1, 2]) contains 2.0.
                return list.Exists(item => VariableValues.DeepEquals(item, args[0]));
            case "get":
                var index = JuelCoercion.ToLong(args[0], position);
                return index >= 0 && index < list.Count
                    ? JuelCoercion.ToModel(list[(int)index], position)
                    : throw new EvaluationFailure($"list index {index} is out of range (size {list.Count})", position);
            default:
                throw NotAllowed(list, name, position);
        }
    }

    private static object? OnMap(Dictionary<string, object?> map, string name, object?[] args, int position) => name switch
    {
        "size" => (long)map.Count,
        "isEmpty" => map.Count == 0,
        "containsKey" => map.ContainsKey(JuelCoercion.ToText(args[0])),
        "get" => map.TryGetValue(JuelCoercion.ToText(args[0]), out var value) ? JuelCoercion.ToModel(value, position) : null,
        _ => throw NotAllowed(map, name, position),
    };

    private static EvaluationFailure NotAllowed(object target, string name, int position) =>
        new($"die Methode '{name}' ist für {JuelCoercion.TypeName(target)} nicht erlaubt", position);
}
