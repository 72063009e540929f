using System.Globalization;
using Kim.Workflows.Engine.Model;

namespace Kim.Workflows.Web.Inbox;

/// <summary>How one <c>camunda:formField</c> is rendered: input name, current text, constraint attributes.</summary>
public sealed record FormFieldView(FormField Field, string Value, string? Error)
{
    public const string NamePrefix = "feld_";

    public string InputName => NamePrefix + Field.Id;

    public string InputId => "feld-" + string.Concat(Field.Id.Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-'));

    public string? Constraint(string name) => Field.Constraints.FirstOrDefault(c => c.Name == name)?.Config;

    public bool Checked => Value is "true" or "True" or "on" or "ja";

    /// <summary>
    /// Lines of a text field given as <c>camunda:property id="rows"</c> (1 to 20): such a field is a text area, for forms that
    /// take one entry per line (goals, services); null for a one-line input.
    /// </summary>
    public int? Rows => Field.Type == FormFieldType.String && Field.Properties.TryGetValue("rows", out var rows)
        && int.TryParse(rows, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n is >= 1 and <= 20 ? n : null;

    /// <summary>Text for the field: what was submitted, else the instance variable of the same name, else the default value.</summary>
    public static FormFieldView For(FormField field, IReadOnlyDictionary<string, object?> variables, IReadOnlyDictionary<string, string?>? submitted, IReadOnlyDictionary<string, string>? errors)
    {
        string value;
        if (submitted is not null && !field.IsReadOnly)
        {
            value = submitted.TryGetValue(field.Id, out var text) ? text ?? "" : "";
        }
        else if (variables.TryGetValue(field.Id, out var variable) && variable is not null)
        {
            value = Format(variable);
        }
        else
        {
            value = field.DefaultValue ?? "";
        }

        return new FormFieldView(field, value, errors?.GetValueOrDefault(field.Id));
    }

    public static string Format(object? value) => value switch
    {
        null => "",
        bool b => b ? "true" : "false",
        // An instant prefills a date field with its Berlin date.
        DateTimeOffset d => Kim.Workflows.Engine.Timers.BerlinCalendar.DateOf(d).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
