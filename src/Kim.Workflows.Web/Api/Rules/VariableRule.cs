using System.Text.Json;

namespace Kim.Workflows.Web.Api.Rules;

/// <summary>
/// Process variables from a request: names that expressions can address (not empty, at most 128 characters, no
/// <c>${…}</c>/<c>#{…}</c>, no control characters), numbers a double can hold (<c>1e400</c> cannot). Values become the
/// engine's types (string, long, double, bool, null; objects and arrays as JSON text).
/// </summary>
internal static class VariableRule
{
    public const int MaxNameLength = 128;

    /// <summary>Reads the variables; every problem goes to <paramref name="errors"/> under <c>field.name</c>.</summary>
    public static Dictionary<string, object?> Read(FieldErrors errors, string field, Dictionary<string, JsonElement>? values)
    {
        var variables = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (name, value) in values ?? [])
        {
            if (NameProblem(name) is { } problem)
            {
                errors.Add($"{field}.{name}", problem);
                continue;
            }

            if (value.ValueKind == JsonValueKind.Number && !value.TryGetInt64(out _) && !(value.TryGetDouble(out var d) && double.IsFinite(d)))
            {
                errors.Add($"{field}.{name}", $"Die Zahl in „{name}“ liegt außerhalb des darstellbaren Bereichs.");
                continue;
            }

            if (value.ValueKind == JsonValueKind.String && TextRule.UnsafeCharacter(value.GetString()) is { } unsafeCharacter)
            {
                errors.Add($"{field}.{name}", $"Der Wert von „{name}“ {unsafeCharacter}");
                continue;
            }

            variables[name] = JsonValues.ToValue(value);
        }

        return variables;
    }

    /// <summary>A German message when a name cannot be a variable name, else null.</summary>
    public static string? NameProblem(string name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return "Ein Variablenname ist leer.";
        }

        if (name.Length > MaxNameLength)
        {
            return $"Der Variablenname hat {name.Length} Zeichen; erlaubt sind höchstens {MaxNameLength}.";
        }

        if (name.Contains("${", StringComparison.Ordinal) || name.Contains("#{", StringComparison.Ordinal))
        {
            return $"Der Variablenname „{name}“ darf keinen Ausdruck (${{…}} oder #{{…}}) enthalten.";
        }

        if (name.Trim().Length != name.Length)
        {
            return $"Der Variablenname „{name.Trim()}“ darf nicht mit Leerzeichen beginnen oder enden.";
        }

        return TextRule.UnsafeCharacter(name, allowLineBreaks: false) is { } unsafeCharacter ? "Der Variablenname " + unsafeCharacter : null;
    }
}
