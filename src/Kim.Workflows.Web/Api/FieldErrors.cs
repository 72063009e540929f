using Microsoft.AspNetCore.Http.HttpResults;

namespace Kim.Workflows.Web.Api;

/// <summary>Collects German messages per JSON field for a 422 problem (<see cref="ApiProblems.Fields"/>); the first message of a field wins.</summary>
internal sealed class FieldErrors
{
    private readonly Dictionary<string, string> _errors = new(StringComparer.Ordinal);

    public bool Any => _errors.Count > 0;

    public void Add(string field, string message) => _errors.TryAdd(field, message);

    /// <summary>A required text with a maximum length.</summary>
    public void Text(string field, string? value, int maxLength, string missing, string tooLong, int minLength = 1)
    {
        if (string.IsNullOrWhiteSpace(value) || value.Trim().Length < minLength)
        {
            Add(field, missing);
        }
        else if (value.Trim().Length > maxLength)
        {
            Add(field, tooLong);
        }
        else
        {
            Safe(field, value);
        }
    }

    /// <summary>An optional text with a maximum length.</summary>
    public void Optional(string field, string? value, int maxLength, string tooLong)
    {
        if (value is not null && value.Trim().Length > maxLength)
        {
            Add(field, tooLong);
        }
        else
        {
            Safe(field, value);
        }
    }

    /// <summary>Any text from outside: no control characters (line breaks excepted) and no direction controls (<see cref="Rules.TextRule"/>).</summary>
    public void Safe(string field, string? value)
    {
        if (Rules.TextRule.UnsafeCharacter(value) is { } problem)
        {
            Add(field, "Der Text " + problem);
        }
    }

    /// <summary>An enum value by its name (case-insensitive); empty gives the fallback, an unknown name a message listing the allowed ones.</summary>
    public TEnum Enum<TEnum>(string field, string? value, TEnum fallback, string unknown)
        where TEnum : struct, System.Enum
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return fallback;
        }

        if (!int.TryParse(value, out _) && System.Enum.TryParse<TEnum>(value.Trim(), ignoreCase: true, out var parsed))
        {
            return parsed;
        }

        var allowed = System.Enum.GetNames<TEnum>().Select(n => char.ToLowerInvariant(n[0]) + n[1..]);
        Add(field, $"{unknown} „{value}“. Erlaubt: {string.Join(", ", allowed)}.");
        return fallback;
    }

    public ProblemHttpResult Problem(string title) => ApiProblems.Fields(_errors, title);
}
