namespace Kim.Workflows.Application.Cases;

/// <summary>
/// Collects German messages keyed by input field for the planning inputs (assessment, goals, agreement, services); the
/// first message of a field wins, as the pages show one message per field.
/// </summary>
internal sealed class InputErrors
{
    private readonly Dictionary<string, string> _errors = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, string> All => _errors;

    public void Add(string field, string message) => _errors.TryAdd(field, message);

    /// <summary>A text that must be given, at most <paramref name="maxLength"/> characters after trimming.</summary>
    public void Required(string field, string? value, int maxLength, string missing, string what)
    {
        var text = value?.Trim() ?? "";
        if (text.Length == 0)
        {
            Add(field, missing);
        }
        else
        {
            Optional(field, text, maxLength, what);
        }
    }

    /// <summary>A text that may be empty, at most <paramref name="maxLength"/> characters after trimming.</summary>
    public void Optional(string field, string? value, int maxLength, string what)
    {
        if ((value?.Trim().Length ?? 0) > maxLength)
        {
            Add(field, $"{what} darf höchstens {maxLength} Zeichen lang sein.");
        }
    }

    public void Defined<TEnum>(string field, TEnum value, string message)
        where TEnum : struct, Enum
    {
        if (!Enum.IsDefined(value))
        {
            Add(field, message);
        }
    }

    /// <summary>Trimmed text, or null when empty (what the records store).</summary>
    public static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
