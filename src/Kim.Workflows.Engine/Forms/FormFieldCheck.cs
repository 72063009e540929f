using System.Globalization;
using System.Text.RegularExpressions;

namespace Kim.Workflows.Engine.Forms;

/// <summary>
/// Converts one submitted value of an input field to the engine's value model and checks it against the
/// field's rules (required, type, length, pattern, limits, choices), as form-js does in the browser.
/// Returns the value to store or a German message naming the field's label.
/// </summary>
internal sealed partial class FormFieldCheck(FormComponent component, Func<string, object?> evaluate, IReadOnlyDictionary<string, object?> current, DateOnly? today)
{
    private static readonly TimeSpan RegexTimeout = TimeSpan.FromMilliseconds(200);

    private string L => $"„{component.DisplayName}“";

    public (object? Value, string? Error) Check(object? raw) => component.Type switch
    {
        "textfield" or "textarea" => Text(raw),
        "number" => Number(raw),
        "datetime" => DateTime(raw),
        "checkbox" => Checkbox(raw),
        "radio" or "select" => Single(raw),
        "checklist" or "taglist" => Multiple(raw),
        _ => (null, null),
    };

    private (object?, string?) Text(object? raw)
    {
        if (raw is not (null or string))
        {
            return (null, $"{L} muss Text sein.");
        }

        var s = (string?)raw;
        if (string.IsNullOrEmpty(s))
        {
            return component.Validate.Required ? (null, $"{L} ist ein Pflichtfeld.") : (s, null);
        }

        var length = s.Trim().Length;
        if (Limit(component.Validate.MinLength) is { } min && length < min)
        {
            return (null, $"{L} braucht mindestens {min} Zeichen.");
        }

        if (Limit(component.Validate.MaxLength) is { } max && length > max)
        {
            return (null, $"{L} darf höchstens {max} Zeichen haben.");
        }

        if (component.Validate.Pattern is { } pattern && !Matches(pattern, s))
        {
            return (null, component.Validate.PatternErrorMessage is { Length: > 0 } custom ? custom : $"{L} hat nicht das erwartete Format.");
        }

        return component.Validate.ValidationType switch
        {
            "email" when !EmailPattern().IsMatch(s) => (null, $"{L} muss eine gültige E-Mail-Adresse sein."),
            "phone" when !PhonePattern().IsMatch(s) => (null, $"{L} muss eine internationale Telefonnummer sein (z. B. +492581530)."),
            _ => (s, null),
        };
    }

    private (object?, string?) Number(object? raw)
    {
        if (raw is null || raw is string { Length: 0 })
        {
            return component.Validate.Required ? (null, $"{L} ist ein Pflichtfeld.") : (null, null);
        }

        if (raw is bool || FormValues.ToDecimal(raw) is not { } n)
        {
            return (null, $"{L} muss eine Zahl sein.");
        }

        if (component.DecimalDigits is { } digits && Decimals(n) > digits)
        {
            return (null, digits == 0 ? $"{L} muss eine ganze Zahl sein." : $"{L} darf höchstens {digits} Nachkommastellen haben.");
        }

        if (component.Increment is { } step && n % step != 0)
        {
            return (null, $"{L} muss ein Vielfaches von {step.ToString(CultureInfo.InvariantCulture)} sein.");
        }

        if (Limit(component.Validate.Min) is { } min && n < min)
        {
            return (null, $"{L} muss mindestens {min.ToString(CultureInfo.InvariantCulture)} sein.");
        }

        if (Limit(component.Validate.Max) is { } max && n > max)
        {
            return (null, $"{L} darf höchstens {max.ToString(CultureInfo.InvariantCulture)} sein.");
        }

        if (component.SerializeToString)
        {
            return (n.ToString(CultureInfo.InvariantCulture), null);
        }

        return decimal.Truncate(n) == n && n >= long.MinValue && n <= long.MaxValue ? ((long)n, null) : ((double)n, null);
    }

    private (object?, string?) DateTime(object? raw)
    {
        if (raw is null || raw is string { Length: 0 })
        {
            return component.Validate.Required ? (null, $"{L} ist ein Pflichtfeld.") : (null, null);
        }

        var s = raw as string;
        var (ok, date, expected) = component.Subtype switch
        {
            "time" => (s is not null && TimePattern().IsMatch(s), (DateOnly?)null, "eine Uhrzeit (HH:MM)"),
            "datetime" => ParseDateTime(s),
            _ => ParseDate(s),
        };
        if (!ok)
        {
            return (null, $"{L} muss {expected} sein.");
        }

        if (component.DisallowPassedDates && today is { } t && date is { } day && day < t)
        {
            return (null, $"{L} darf nicht in der Vergangenheit liegen.");
        }

        return (s, null);
    }

    private static (bool, DateOnly?, string) ParseDate(string? s) =>
        s is not null && DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? (true, day, "ein Datum (JJJJ-MM-TT)")
            : (false, null, "ein Datum (JJJJ-MM-TT)");

    private static (bool, DateOnly?, string) ParseDateTime(string? s)
    {
        const string expected = "Datum und Uhrzeit (JJJJ-MM-TTTHH:MM)";
        if (s is null || !DateTimePattern().IsMatch(s)
            || !DateOnly.TryParseExact(s[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            || !TimePattern().IsMatch(s[11..]))
        {
            return (false, null, expected);
        }

        return (true, day, expected);
    }

    private (object?, string?) Checkbox(object? raw) => raw switch
    {
        null or false when component.Validate.Required => (null, $"{L} muss angekreuzt werden."),
        null => (false, null),
        bool b => (b, null),
        _ => (null, $"{L} muss ja oder nein sein."),
    };

    private (object?, string?) Single(object? raw)
    {
        if (raw is null || raw is string { Length: 0 })
        {
            return component.Validate.Required ? (null, $"{L} ist ein Pflichtfeld.") : (null, null);
        }

        var allowed = Allowed();
        if (raw is List<object?> or IReadOnlyDictionary<string, object?> || !allowed.Any(a => FormValues.SameValue(a, raw)))
        {
            return (null, $"{L}: „{FormValues.Describe(raw)}“ ist keine erlaubte Auswahl.");
        }

        return (allowed.First(a => FormValues.SameValue(a, raw)), null);
    }

    private (object?, string?) Multiple(object? raw)
    {
        if (raw is not (null or List<object?>))
        {
            return (null, $"{L} muss eine Liste von Auswahlwerten sein.");
        }

        var items = (List<object?>?)raw ?? [];
        if (items.Count == 0)
        {
            return component.Validate.Required ? (null, $"{L} ist ein Pflichtfeld.") : (new List<object?>(), null);
        }

        var allowed = Allowed();
        var result = new List<object?>();
        foreach (var item in items)
        {
            if (item is List<object?> or IReadOnlyDictionary<string, object?> || !allowed.Any(a => FormValues.SameValue(a, item)))
            {
                return (null, $"{L}: „{FormValues.Describe(item)}“ ist keine erlaubte Auswahl.");
            }

            if (result.Any(r => FormValues.SameValue(r, item)))
            {
                return (null, $"{L}: „{FormValues.Describe(item)}“ ist doppelt ausgewählt.");
            }

            result.Add(allowed.First(a => FormValues.SameValue(a, item)));
        }

        return (result, null);
    }

    /// <summary>Static values, else the variable named by valuesKey (input data, never the submission), else valuesExpression.</summary>
    private List<object?> Allowed()
    {
        object? source = null;
        if (component.Values.Count > 0)
        {
            return component.Values.Select(v => v.Value).ToList();
        }

        if (component.ValuesKey is { Length: > 0 } key)
        {
            source = FormValues.Get(current, key).Value;
        }
        else if (component.ValuesExpression is { } expression)
        {
            source = evaluate(FormExpressions.Body(expression));
        }

        return source is List<object?> list
            ? list.Select(o => o is IReadOnlyDictionary<string, object?> map ? map.GetValueOrDefault("value") : o).Where(o => o is not (null or List<object?> or IReadOnlyDictionary<string, object?>)).ToList()
            : [];
    }

    /// <summary>A limit from validate: a number, or FEEL evaluated now (null when it gives no number).</summary>
    private decimal? Limit(object? setting) => setting switch
    {
        decimal d => d,
        string s when FormExpressions.IsExpression(s) => FormValues.ToDecimal(evaluate(FormExpressions.Body(s)), strings: false),
        _ => null,
    };

    private static bool Matches(string pattern, string value)
    {
        try
        {
            return Regex.IsMatch(value, pattern, RegexOptions.None, RegexTimeout);
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }

    private static int Decimals(decimal n)
    {
        var text = n.ToString(CultureInfo.InvariantCulture);
        var dot = text.IndexOf('.', StringComparison.Ordinal);
        return dot < 0 ? 0 : text.TrimEnd('0').Length - dot - 1;
    }

    // Our own, deliberately simple checks: local part, '@', a domain with at least one dot-free label.
    [GeneratedRegex(@"^[^\s@]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$", RegexOptions.CultureInvariant)]
    private static partial Regex EmailPattern();

    [GeneratedRegex(@"^(\+|00)[1-9]\d{6,20}$", RegexOptions.CultureInvariant)]
    private static partial Regex PhonePattern();

    [GeneratedRegex(@"^([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d{1,3})?)?(Z|[+-]([01]\d|2[0-3]):?[0-5]\d)?$", RegexOptions.CultureInvariant)]
    private static partial Regex TimePattern();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T", RegexOptions.CultureInvariant)]
    private static partial Regex DateTimePattern();
}
