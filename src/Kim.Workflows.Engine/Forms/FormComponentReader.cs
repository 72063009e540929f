using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Kim.Workflows.Engine.Validation;
using Kim.Workflows.Engine.Variables;

namespace Kim.Workflows.Engine.Forms;

/// <summary>Reads the properties of one component and checks them (key, path, options, validate, FEEL markers).</summary>
internal sealed class FormComponentReader(FormComponentListReader reader, JsonElement e, FormComponent c, string element, string describe)
{
    public FormComponent Read(int depth, string formId)
    {
        if (FormComponentTypes.HasKey(c.Type) && (c.Key is null || !FormSchemaParser.KeyPattern().IsMatch(c.Key)))
        {
            Error("form-key", c.Key is null
                ? "hat keinen Schlüssel (key); ohne ihn wird der Wert nirgends gespeichert."
                : $"der Schlüssel „{c.Key}“ ist ungültig (erlaubt: Buchstaben, Ziffern, _ und Punkte zwischen Teilen).");
        }

        if (c.Type == "dynamiclist" && (c.Path is null || !FormSchemaParser.KeyPattern().IsMatch(c.Path)))
        {
            Error("form-path", "eine dynamische Liste braucht einen Pfad (path) aus Buchstaben, Ziffern, _ und Punkten.");
        }
        else if (c.Type == "group" && !string.IsNullOrEmpty(c.Path) && !FormSchemaParser.KeyPattern().IsMatch(c.Path))
        {
            Error("form-path", $"der Pfad „{c.Path}“ ist ungültig (erlaubt: Buchstaben, Ziffern, _ und Punkte zwischen Teilen).");
        }

        foreach (var text in new[] { "label", "description", "text" })
        {
            CheckFeel(text, FormSchemaParser.Text(e, text));
        }

        var properties = Properties();
        return c with
        {
            Components = FormComponentTypes.Containers.Contains(c.Type) ? reader.Components(e, formId, depth + 1) : [],
            Validate = Validate(),
            Values = Options(),
            ValuesKey = FormSchemaParser.Text(e, "valuesKey"),
            ValuesExpression = FormSchemaParser.Text(e, "valuesExpression"),
            Hide = Hide(),
            Readonly = Flag("readonly"),
            Disabled = Flag("disabled"),
            Subtype = Subtype(),
            DisallowPassedDates = e.TryGetProperty("disallowPassedDates", out var d) && d.ValueKind == JsonValueKind.True,
            DecimalDigits = e.TryGetProperty("decimalDigits", out var dd) && dd.TryGetInt32(out var digits) && digits >= 0 ? digits : null,
            Increment = FormSchemaParser.Decimal(e, "increment"),
            SerializeToString = e.TryGetProperty("serializeToString", out var st) && st.ValueKind == JsonValueKind.True,
            Expression = ExpressionText(),
            Properties = properties,
            MinItems = Count(properties, "minItems"),
            MaxItems = Count(properties, "maxItems"),
        };
    }

    private void Error(string rule, string text) => reader.Problem(element, c.Label, rule, $"{describe}: {text}");

    /// <summary>FEEL (<c>=…</c>) in <paramref name="property"/> must parse; the problem names the property, line and column.</summary>
    private void CheckFeel(string property, string? text)
    {
        if (FormExpressions.IsExpression(text) && FormFeelSyntax.Problem(text!) is { } problem)
        {
            Error("form-feel", $"„{property}“: {problem}");
        }
    }

    private FormValidate Validate()
    {
        if (!e.TryGetProperty("validate", out var v) || v.ValueKind != JsonValueKind.Object)
        {
            return new FormValidate();
        }

        var pattern = FormSchemaParser.Text(v, "pattern");
        if (!string.IsNullOrEmpty(pattern))
        {
            try
            {
                _ = new Regex(pattern, RegexOptions.None, TimeSpan.FromMilliseconds(100));
            }
            catch (ArgumentException)
            {
                Error("form-pattern", $"das Muster „{pattern}“ ist kein gültiger regulärer Ausdruck.");
            }
        }

        return new FormValidate
        {
            Required = v.TryGetProperty("required", out var r) && r.ValueKind == JsonValueKind.True,
            Min = Limit(v, "min"),
            Max = Limit(v, "max"),
            MinLength = Limit(v, "minLength"),
            MaxLength = Limit(v, "maxLength"),
            Pattern = string.IsNullOrEmpty(pattern) ? null : pattern,
            PatternErrorMessage = FormSchemaParser.Text(v, "patternErrorMessage"),
            ValidationType = FormSchemaParser.Text(v, "validationType"),
        };
    }

    /// <summary>A number, or FEEL text (<c>=expr</c>), as form-js allows for min/max/minLength/maxLength.</summary>
    private object? Limit(JsonElement v, string name)
    {
        if (!v.TryGetProperty(name, out var p) || p.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (p.ValueKind == JsonValueKind.Number && p.TryGetDecimal(out var n))
        {
            return n;
        }

        if (p.ValueKind == JsonValueKind.String && p.GetString() is { } s)
        {
            if (FormExpressions.IsExpression(s))
            {
                CheckFeel("validate." + name, s);
                return s;
            }

            if (decimal.TryParse(s, NumberStyles.Number, CultureInfo.InvariantCulture, out var parsed))
            {
                return parsed;
            }

            if (s.Length == 0)
            {
                return null;
            }
        }

        Error("form-validate", $"„validate.{name}“ muss eine Zahl oder ein FEEL-Ausdruck (=…) sein.");
        return null;
    }

    private List<FormOption> Options()
    {
        if (!FormComponentTypes.WithOptions.Contains(c.Type))
        {
            return [];
        }

        var options = new List<FormOption>();
        if (e.TryGetProperty("values", out var values) && values.ValueKind == JsonValueKind.Array)
        {
            foreach (var o in values.EnumerateArray())
            {
                if (o.ValueKind != JsonValueKind.Object || !o.TryGetProperty("value", out var value) || value.ValueKind is JsonValueKind.Object or JsonValueKind.Array or JsonValueKind.Null)
                {
                    Error("form-values", "jede Auswahl braucht einen einfachen Wert (value).");
                    continue;
                }

                var option = new FormOption(FormSchemaParser.Text(o, "label"), VariableValues.FromJson(value));
                if (options.Any(x => FormValues.SameValue(x.Value, option.Value)))
                {
                    Error("form-values", $"der Wert „{option.Value}“ kommt mehrfach vor.");
                }

                options.Add(option);
            }
        }

        var hasStatic = e.TryGetProperty("values", out var given) && given.ValueKind == JsonValueKind.Array && given.GetArrayLength() > 0;
        var sources = (hasStatic ? 1 : 0) + (FormSchemaParser.Text(e, "valuesKey") is { Length: > 0 } ? 1 : 0) + (FormSchemaParser.Text(e, "valuesExpression") is { Length: > 0 } ? 1 : 0);
        if (sources != 1)
        {
            Error("form-values", sources == 0
                ? "braucht Auswahlwerte (statische Werte, valuesKey oder valuesExpression)."
                : "darf Auswahlwerte nur aus einer Quelle haben (statische Werte, valuesKey oder valuesExpression).");
        }

        if (FormSchemaParser.Text(e, "valuesExpression") is { Length: > 0 } ve && !FormExpressions.IsExpression(ve))
        {
            Error("form-values", "valuesExpression muss ein FEEL-Ausdruck sein (beginnt mit =).");
        }
        else
        {
            CheckFeel("valuesExpression", FormSchemaParser.Text(e, "valuesExpression"));
        }

        return options;
    }

    private string? Hide()
    {
        if (!e.TryGetProperty("conditional", out var cond) || cond.ValueKind != JsonValueKind.Object || FormSchemaParser.Text(cond, "hide") is not { Length: > 0 } hide)
        {
            return null;
        }

        if (!FormExpressions.IsExpression(hide))
        {
            Error("form-conditional", "die Bedingung zum Ausblenden (conditional.hide) muss ein FEEL-Ausdruck sein (beginnt mit =).");
        }

        CheckFeel("conditional.hide", hide);

        return hide;
    }

    private object? Flag(string name)
    {
        if (!e.TryGetProperty(name, out var p))
        {
            return null;
        }

        switch (p.ValueKind)
        {
            case JsonValueKind.True:
                return true;
            case JsonValueKind.False:
            case JsonValueKind.Null:
                return null;
            case JsonValueKind.String when FormExpressions.IsExpression(p.GetString()):
                CheckFeel(name, p.GetString());
                return p.GetString();
            default:
                Error("form-" + name, $"„{name}“ muss true, false oder ein FEEL-Ausdruck (=…) sein.");
                return null;
        }
    }

    private string? Subtype()
    {
        if (c.Type != "datetime")
        {
            return null;
        }

        var subtype = FormSchemaParser.Text(e, "subtype") ?? "date";
        if (subtype is not ("date" or "time" or "datetime"))
        {
            Error("form-subtype", $"der Datumstyp „{subtype}“ ist unbekannt (erlaubt: date, time, datetime).");
        }

        return subtype;
    }

    private string? ExpressionText()
    {
        if (c.Type != FormComponentTypes.Expression)
        {
            return null;
        }

        var expression = FormSchemaParser.Text(e, "expression");
        if (!FormExpressions.IsExpression(expression))
        {
            Error("form-expression", "ein Ausdrucksfeld braucht einen FEEL-Ausdruck (expression, beginnt mit =).");
        }

        CheckFeel("expression", expression);

        return expression;
    }

    private Dictionary<string, string> Properties()
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        if (e.TryGetProperty("properties", out var p) && p.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in p.EnumerateObject())
            {
                result[property.Name] = property.Value.ValueKind == JsonValueKind.String ? property.Value.GetString()! : property.Value.GetRawText();
            }
        }

        return result;
    }

    private int? Count(Dictionary<string, string> properties, string name)
    {
        if (!properties.TryGetValue(name, out var text))
        {
            return null;
        }

        if (c.Type != "dynamiclist")
        {
            Error("form-items", $"die Eigenschaft „{name}“ gilt nur für dynamische Listen.");
            return null;
        }

        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n))
        {
            return n;
        }

        Error("form-items", $"die Eigenschaft „{name}“ muss eine ganze Zahl ≥ 0 sein, nicht „{text}“.");
        return null;
    }
}
