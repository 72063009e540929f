using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Kim.Workflows.Engine.Validation;
using Kim.Workflows.Engine.Variables;

namespace Kim.Workflows.Engine.Forms;

/// <summary>
/// Reads a <c>.form</c> file (form-js JSON) and checks it against what the server supports: component
/// types, keys and paths, options, validation settings. Never throws on bad input: problems name the
/// form file and the component, in German. The form is returned only when there is no problem.
/// </summary>
public static partial class FormSchemaParser
{
    public const int MaxBytes = 1024 * 1024;
    public const int MaxComponents = 2000;
    public const int MaxNesting = 12;

    public static FormParseResult Parse(byte[] content, string fileName)
    {
        if (content.Length > MaxBytes)
        {
            return Fail(fileName, "form-too-large", $"Das Formular „{fileName}“ ist größer als {MaxBytes / 1024} KB.");
        }

        try
        {
            using var document = JsonDocument.Parse(content, new JsonDocumentOptions { MaxDepth = 64, CommentHandling = JsonCommentHandling.Skip });
            return Read(document.RootElement, fileName);
        }
        catch (JsonException e)
        {
            return Fail(fileName, "form-json", $"Das Formular „{fileName}“ ist kein gültiges JSON: {e.Message}");
        }
    }

    public static FormParseResult Parse(string json, string fileName) => Parse(System.Text.Encoding.UTF8.GetBytes(json), fileName);

    private static FormParseResult Read(JsonElement root, string fileName)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            return Fail(fileName, "form-json", $"Das Formular „{fileName}“ muss ein JSON-Objekt sein.");
        }

        var reader = new FormComponentListReader(fileName);
        var id = Text(root, "id");
        if (string.IsNullOrWhiteSpace(id))
        {
            reader.Problem(fileName, null, "form-id", $"Das Formular „{fileName}“ hat keine id; camunda:formRef verweist über diese id auf das Formular.");
        }

        if (Text(root, "type") is { } type && type != "default")
        {
            reader.Problem(id ?? fileName, null, "form-type", $"Das Formular „{fileName}“ hat den Typ „{type}“; erwartet wird „default“.");
        }

        int? schemaVersion = null;
        if (root.TryGetProperty("schemaVersion", out var sv))
        {
            if (sv.ValueKind == JsonValueKind.Number && sv.TryGetInt32(out var v))
            {
                schemaVersion = v;
                if (v > FormDefinition.SupportedSchemaVersion)
                {
                    reader.Problem(id ?? fileName, null, "form-schema-version",
                        $"Das Formular „{fileName}“ hat schemaVersion {v}; unterstützt wird bis {FormDefinition.SupportedSchemaVersion} (form-js 1.23). Bitte mit einem passenden Camunda Modeler speichern.");
                }
            }
            else
            {
                reader.Problem(id ?? fileName, null, "form-schema-version", $"Das Formular „{fileName}“: schemaVersion muss eine ganze Zahl sein.");
            }
        }

        var components = reader.Components(root, id ?? fileName, 0);
        if (reader.Problems.Count == 0)
        {
            FormBindingRules.Check(components, fileName, id!, reader.Problems);
        }

        return reader.Problems.Count == 0
            ? new FormParseResult(new FormDefinition(id!, fileName, schemaVersion, components), reader.Problems)
            : new FormParseResult(null, reader.Problems) { FormId = id };
    }

    private static FormParseResult Fail(string fileName, string rule, string message) =>
        new(null, [new ValidationProblem(fileName, null, rule, message)]);


    internal static string? Text(JsonElement e, string name) =>
        e.TryGetProperty(name, out var p) && p.ValueKind == JsonValueKind.String ? p.GetString() : null;

    internal static decimal? Decimal(JsonElement e, string name) =>
        e.TryGetProperty(name, out var p) && p.ValueKind switch
        {
            JsonValueKind.Number => p.TryGetDecimal(out var n) && n > 0,
            JsonValueKind.String => decimal.TryParse(p.GetString(), NumberStyles.Number, CultureInfo.InvariantCulture, out var n) && n > 0,
            _ => false,
        }
            ? p.ValueKind == JsonValueKind.Number ? p.GetDecimal() : decimal.Parse(p.GetString()!, NumberStyles.Number, CultureInfo.InvariantCulture)
            : null;

    [GeneratedRegex(@"^[A-Za-z0-9_]+(\.[A-Za-z0-9_]+)*$", RegexOptions.CultureInvariant)]
    internal static partial Regex KeyPattern();
}
