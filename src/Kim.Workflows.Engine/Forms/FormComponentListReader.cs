using System.Text.Json;
using Kim.Workflows.Engine.Validation;

namespace Kim.Workflows.Engine.Forms;

/// <summary>Reads the component lists of a form (recursively), counting components and reporting problems.</summary>
internal sealed class FormComponentListReader(string fileName)
{
    private int _count;

    public List<ValidationProblem> Problems { get; } = [];

    public void Problem(string elementId, string? name, string rule, string message) =>
        Problems.Add(new ValidationProblem(elementId, name, rule, message));

    public List<FormComponent> Components(JsonElement parent, string formId, int depth)
    {
        var result = new List<FormComponent>();
        if (!parent.TryGetProperty("components", out var list))
        {
            return result;
        }

        if (list.ValueKind != JsonValueKind.Array)
        {
            Problem(formId, null, "form-components", $"Formular „{fileName}“: „components“ muss eine Liste sein.");
            return result;
        }

        if (depth >= FormSchemaParser.MaxNesting)
        {
            Problem(formId, null, "form-nesting", $"Formular „{fileName}“: Gruppen und Listen sind tiefer als {FormSchemaParser.MaxNesting} Ebenen verschachtelt.");
            return result;
        }

        foreach (var item in list.EnumerateArray())
        {
            if (++_count > FormSchemaParser.MaxComponents)
            {
                Problem(formId, null, "form-too-large", $"Formular „{fileName}“ hat mehr als {FormSchemaParser.MaxComponents} Komponenten.");
                return result;
            }

            if (Component(item, formId, depth) is { } component)
            {
                result.Add(component);
            }
        }

        return result;
    }

    private FormComponent? Component(JsonElement e, string formId, int depth)
    {
        if (e.ValueKind != JsonValueKind.Object)
        {
            Problem(formId, null, "form-component", $"Formular „{fileName}“: eine Komponente ist kein JSON-Objekt.");
            return null;
        }

        var type = FormSchemaParser.Text(e, "type") ?? "";
        var c = new FormComponent { Type = type, Id = FormSchemaParser.Text(e, "id"), Key = FormSchemaParser.Text(e, "key"), Path = FormSchemaParser.Text(e, "path"), Label = FormSchemaParser.Text(e, "label") ?? FormSchemaParser.Text(e, "dateLabel") };
        var element = c.Id ?? c.Key ?? formId;
        var describe = $"Formular „{fileName}“, Komponente „{c.DisplayName}“";
        if (!FormComponentTypes.IsSupported(type))
        {
            var reason = FormComponentTypes.Rejected.TryGetValue(type, out var r) ? r : $"unbekannter Typ; erlaubt sind {FormComponentTypes.SupportedList}";
            Problem(element, c.Label, "form-component-type", $"{describe}: der Typ „{type}“ wird nicht unterstützt ({reason}).");
            return null;
        }

        var details = new FormComponentReader(this, e, c, element, describe);
        return details.Read(depth, formId);
    }
}
