using System.Xml.Linq;
using Kim.Workflows.Engine.Model;

namespace Kim.Workflows.Engine.Parsing;

/// <summary>Reads Camunda 7 extension attributes and elements (also under the Activiti namespace).</summary>
internal static class CamundaExtensions
{
    public static string? Attr(XElement e, string name) =>
        (string?)e.Attribute(BpmnNamespaces.Camunda + name) ?? (string?)e.Attribute(BpmnNamespaces.Activiti + name);

    public static IEnumerable<XElement> Extensions(XElement e, string name)
    {
        var ext = e.Element(BpmnNamespaces.Bpmn + "extensionElements");
        if (ext is null)
        {
            return [];
        }

        return ext.Elements().Where(x => BpmnNamespaces.IsVendor(x.Name.Namespace) && x.Name.LocalName == name);
    }

    public static XElement? Extension(XElement e, string name) => Extensions(e, name).FirstOrDefault();

    /// <summary>
    /// The element's <c>camunda:properties</c> (name → value; the first of a repeated name wins), as the Camunda
    /// Modeler writes them.
    /// </summary>
    public static IReadOnlyDictionary<string, string> Properties(XElement e)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var property in Extensions(e, "properties").Elements().Where(x => x.Name.LocalName == "property"))
        {
            var name = ((string?)property.Attribute("name"))?.Trim();
            if (!string.IsNullOrEmpty(name))
            {
                result.TryAdd(name, (string?)property.Attribute("value") ?? "");
            }
        }

        return result;
    }

    public static IoMapping? InputOutput(XElement e)
    {
        var io = Extension(e, "inputOutput");
        return io is null ? null : ReadIo(io);
    }

    public static IoMapping ReadIo(XElement io) => new(
        io.Elements().Where(x => x.Name.LocalName == "inputParameter").Select(ReadParameter).ToList(),
        io.Elements().Where(x => x.Name.LocalName == "outputParameter").Select(ReadParameter).ToList());

    private static IoParameter ReadParameter(XElement p)
    {
        var name = (string?)p.Attribute("name") ?? "";
        var list = p.Elements().FirstOrDefault(x => x.Name.LocalName == "list");
        if (list is not null)
        {
            return new IoParameter(name, null, list.Elements().Select(v => v.Value.Trim()).ToList(), null);
        }

        var map = p.Elements().FirstOrDefault(x => x.Name.LocalName == "map");
        if (map is not null)
        {
            return new IoParameter(name, null, null, map.Elements().ToDictionary(
                en => (string?)en.Attribute("key") ?? "", en => en.Value.Trim(), StringComparer.Ordinal));
        }

        if (p.Elements().Any(x => x.Name.LocalName == "script"))
        {
            throw new NotSupportedException("script");
        }

        return new IoParameter(name, p.Value.Trim(), null, null);
    }

    public static UserTaskDefinition UserTask(XElement e)
    {
        var fields = new List<FormField>();
        var formData = Extension(e, "formData");
        if (formData is not null)
        {
            foreach (var f in formData.Elements().Where(x => x.Name.LocalName == "formField"))
            {
                fields.Add(ReadFormField(f));
            }
        }

        return new UserTaskDefinition(
            Attr(e, "assignee"),
            Attr(e, "candidateGroups"),
            Attr(e, "candidateUsers"),
            Attr(e, "dueDate"),
            Attr(e, "followUpDate"),
            Attr(e, "priority"),
            Attr(e, "formKey"),
            fields)
        {
            Form = FormReference.From(Attr(e, "formKey"), Attr(e, "formRef"), Attr(e, "formRefBinding"), Attr(e, "formRefVersion")),
        };
    }

    private static FormField ReadFormField(XElement f)
    {
        var typeText = ((string?)f.Attribute("type") ?? "string").Trim().ToLowerInvariant();
        var type = typeText switch
        {
            "string" => FormFieldType.String,
            "long" => FormFieldType.Long,
            "boolean" => FormFieldType.Boolean,
            "date" => FormFieldType.Date,
            "enum" => FormFieldType.Enum,
            _ => throw new FormatException($"Feldtyp '{typeText}' des Formularfelds '{(string?)f.Attribute("id")}' wird nicht unterstützt (erlaubt: string, long, boolean, date, enum)."),
        };
        var values = f.Elements().Where(x => x.Name.LocalName == "value")
            .Select(v => new KeyValuePair<string, string>((string?)v.Attribute("id") ?? "", (string?)v.Attribute("name") ?? (string?)v.Attribute("id") ?? ""))
            .ToList();
        var constraints = f.Elements().Where(x => x.Name.LocalName == "validation").Elements()
            .Where(x => x.Name.LocalName == "constraint")
            .Select(c => new FormConstraint(((string?)c.Attribute("name") ?? "").Trim(), (string?)c.Attribute("config")))
            .ToList();
        var properties = f.Elements().Where(x => x.Name.LocalName == "properties").Elements()
            .Where(x => x.Name.LocalName == "property")
            .GroupBy(p => (string?)p.Attribute("id") ?? "")
            .ToDictionary(g => g.Key, g => (string?)g.First().Attribute("value") ?? "", StringComparer.Ordinal);
        return new FormField(
            (string?)f.Attribute("id") ?? "",
            (string?)f.Attribute("label"),
            type,
            (string?)f.Attribute("defaultValue"),
            values,
            constraints,
            properties);
    }

    /// <summary>The handler binding of a service-like element, or null when it has none.</summary>
    public static ServiceBinding? Binding(XElement e)
    {
        var resultVariable = Attr(e, "resultVariable");
        if (Extension(e, "connector") is { } connector)
        {
            var id = connector.Elements().FirstOrDefault(x => x.Name.LocalName == "connectorId")?.Value.Trim() ?? "";
            var io = connector.Elements().FirstOrDefault(x => x.Name.LocalName == "inputOutput");
            return new ServiceBinding(ServiceBindingKind.Connector, id, null, resultVariable, io is null ? null : ReadIo(io));
        }

        if (Attr(e, "delegateExpression") is { } delegateExpression)
        {
            var name = delegateExpression.Trim();
            if ((name.StartsWith("${", StringComparison.Ordinal) || name.StartsWith("#{", StringComparison.Ordinal)) && name.EndsWith('}'))
            {
                name = name[2..^1].Trim();
            }

            return new ServiceBinding(ServiceBindingKind.DelegateExpression, name, delegateExpression, resultVariable, null);
        }

        if (Attr(e, "class") is { } className)
        {
            return new ServiceBinding(ServiceBindingKind.Class, className.Trim(), null, resultVariable, null);
        }

        if (Attr(e, "expression") is { } expression)
        {
            return new ServiceBinding(ServiceBindingKind.Expression, "", expression, resultVariable, null);
        }

        if (Attr(e, "type") is "external")
        {
            return new ServiceBinding(ServiceBindingKind.External, Attr(e, "topic") ?? "", null, resultVariable, null);
        }

        return null;
    }

    public static IReadOnlyList<CallParameter> CallParameters(XElement e, string name) =>
        Extensions(e, name)
            .Where(x => x.Attribute("businessKey") is null)
            .Select(x => new CallParameter(
                (string?)x.Attribute("source"),
                (string?)x.Attribute("sourceExpression"),
                (string?)x.Attribute("target"),
                (string?)x.Attribute("variables") == "all",
                (string?)x.Attribute("local") == "true"))
            .ToList();
}
