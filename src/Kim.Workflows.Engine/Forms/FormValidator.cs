using System.Globalization;
using Kim.Workflows.Engine.Model;

namespace Kim.Workflows.Engine.Forms;

/// <summary>
/// Validates and converts submitted values of a generated form (<c>camunda:formField</c>) on the server:
/// types string/long/boolean/date/enum, constraints required, readonly, minlength, maxlength, min, max.
/// Messages are German and name the field's label, for the task form.
/// </summary>
public static class FormValidator
{
    /// <summary>Converts raw submitted text per field; errors keyed by field id. Read-only fields keep their current value.</summary>
    public static FormValidationResult Validate(IReadOnlyList<FormField> fields, IReadOnlyDictionary<string, string?> submitted)
    {
        var values = new Dictionary<string, object?>(StringComparer.Ordinal);
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var field in fields)
        {
            if (field.IsReadOnly)
            {
                continue;
            }

            var raw = submitted.TryGetValue(field.Id, out var text) ? text?.Trim() : null;
            if (string.IsNullOrEmpty(raw))
            {
                if (field.Type == FormFieldType.Boolean)
                {
                    values[field.Id] = false; // an unticked checkbox submits nothing
                }
                else if (field.IsRequired)
                {
                    errors[field.Id] = $"„{field.DisplayLabel}“ ist ein Pflichtfeld.";
                }
                else
                {
                    values[field.Id] = null;
                }

                continue;
            }

            var (value, error) = Convert(field, raw);
            error ??= CheckConstraints(field, value);
            if (error is not null)
            {
                errors[field.Id] = error;
            }
            else
            {
                values[field.Id] = value;
            }
        }

        return new FormValidationResult(values, errors);
    }

    private static (object? Value, string? Error) Convert(FormField field, string raw) => field.Type switch
    {
        FormFieldType.Long => long.TryParse(raw, NumberStyles.Integer, CultureInfo.InvariantCulture, out var l)
            ? (l, null)
            : (null, $"„{field.DisplayLabel}“ muss eine ganze Zahl sein."),
        FormFieldType.Boolean => raw.ToLowerInvariant() switch
        {
            "true" or "on" or "ja" or "1" => (true, null),
            "false" or "off" or "nein" or "0" => (false, null),
            _ => (null, $"„{field.DisplayLabel}“ muss ja oder nein sein."),
        },
        FormFieldType.Date => ParseDate(raw) is { } d
            ? (d, null)
            : (null, $"„{field.DisplayLabel}“ muss ein Datum sein (TT.MM.JJJJ oder JJJJ-MM-TT)."),
        FormFieldType.Enum => field.EnumValues.Any(v => v.Key == raw)
            ? (raw, null)
            : (null, $"„{field.DisplayLabel}“: „{raw}“ ist keine erlaubte Auswahl."),
        _ => (raw, null),
    };

    private static string? ParseDate(string raw)
    {
        string[] formats = ["yyyy-MM-dd", "dd.MM.yyyy", "d.M.yyyy"];
        return DateOnly.TryParseExact(raw, formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : null;
    }

    private static string? CheckConstraints(FormField field, object? value)
    {
        foreach (var c in field.Constraints)
        {
            var limit = decimal.TryParse(c.Config, NumberStyles.Number, CultureInfo.InvariantCulture, out var n) ? n : (decimal?)null;
            var error = (c.Name, value) switch
            {
                ("minlength", string s) when limit is { } min && s.Length < min => $"„{field.DisplayLabel}“ braucht mindestens {min} Zeichen.",
                ("maxlength", string s) when limit is { } max && s.Length > max => $"„{field.DisplayLabel}“ darf höchstens {max} Zeichen haben.",
                ("min", long l) when limit is { } min && l < min => $"„{field.DisplayLabel}“ muss mindestens {min} sein.",
                ("max", long l) when limit is { } max && l > max => $"„{field.DisplayLabel}“ darf höchstens {max} sein.",
                ("min", string d) when field.Type == FormFieldType.Date && c.Config is { } from && string.CompareOrdinal(d, from) < 0 => $"„{field.DisplayLabel}“ darf nicht vor dem {from} liegen.",
                ("max", string d) when field.Type == FormFieldType.Date && c.Config is { } to && string.CompareOrdinal(d, to) > 0 => $"„{field.DisplayLabel}“ darf nicht nach dem {to} liegen.",
                _ => null,
            };
            if (error is not null)
            {
                return error;
            }
        }

        return null;
    }
}
