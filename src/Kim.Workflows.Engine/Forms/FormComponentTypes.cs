namespace Kim.Workflows.Engine.Forms;

/// <summary>Which form-js component types the server supports, and what each kind does with data.</summary>
public static class FormComponentTypes
{
    /// <summary>Fields whose value the user enters and the server validates.</summary>
    public static readonly IReadOnlySet<string> Inputs = new HashSet<string>(StringComparer.Ordinal)
    {
        "textfield", "textarea", "number", "datetime", "checkbox", "checklist", "radio", "select", "taglist",
    };

    /// <summary>Fields choosing from options (static values, valuesKey or valuesExpression).</summary>
    public static readonly IReadOnlySet<string> WithOptions = new HashSet<string>(StringComparer.Ordinal)
    {
        "checklist", "radio", "select", "taglist",
    };

    public static readonly IReadOnlySet<string> Containers = new HashSet<string>(StringComparer.Ordinal) { "group", "dynamiclist" };

    /// <summary>Components that show something but hold no value.</summary>
    public static readonly IReadOnlySet<string> Presentation = new HashSet<string>(StringComparer.Ordinal) { "text", "separator", "spacer" };

    public const string Expression = "expression";

    /// <summary>Known form-js types we do not support, with the reason a process owner reads.</summary>
    public static readonly IReadOnlyDictionary<string, string> Rejected = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["filepicker"] = "Datei-Uploads speichert die Anwendung nicht in Prozessvariablen",
        ["documentPreview"] = "Dokumentvorschauen laden Dateien aus fremden Quellen",
        ["iframe"] = "eingebettete fremde Seiten sind aus Sicherheitsgründen nicht erlaubt",
        ["html"] = "freies HTML ist aus Sicherheitsgründen nicht erlaubt; bitte eine Textansicht verwenden",
        ["image"] = "Bilder aus fremden Quellen sind aus Sicherheitsgründen nicht erlaubt",
        ["table"] = "Tabellen werden noch nicht unterstützt; bitte eine dynamische Liste verwenden",
        ["button"] = "das Absenden übernimmt die Aufgabenseite",
        ["multipage"] = "mehrseitige Formulare werden nicht unterstützt",
        ["page"] = "mehrseitige Formulare werden nicht unterstützt",
    };

    public static bool IsSupported(string type) =>
        Inputs.Contains(type) || Containers.Contains(type) || Presentation.Contains(type) || type == Expression;

    /// <summary>True for components that bind a value to a key (inputs and expression fields).</summary>
    public static bool HasKey(string type) => Inputs.Contains(type) || type == Expression;

    public static string SupportedList => string.Join(", ", Inputs.Concat(Presentation).Concat(Containers).Append(Expression).Order(StringComparer.Ordinal));
}
