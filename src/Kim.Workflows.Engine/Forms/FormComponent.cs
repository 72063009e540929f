namespace Kim.Workflows.Engine.Forms;

/// <summary>
/// One component of a form-js schema with the properties the server needs. Values that may be FEEL
/// (<c>=expr</c>) stay text here; <see cref="FormSubmissionValidator"/> evaluates them per submission.
/// </summary>
public sealed record FormComponent
{
    public required string Type { get; init; }

    public string? Id { get; init; }

    /// <summary>Input fields: the variable (dot-separated path) the value binds to.</summary>
    public string? Key { get; init; }

    /// <summary>Groups (optional) and dynamic lists (required): the dot-separated path their children bind under.</summary>
    public string? Path { get; init; }

    public string? Label { get; init; }

    public IReadOnlyList<FormComponent> Components { get; init; } = [];

    public FormValidate Validate { get; init; } = new();

    /// <summary>Static choices; empty when the choices come from <see cref="ValuesKey"/> or <see cref="ValuesExpression"/>.</summary>
    public IReadOnlyList<FormOption> Values { get; init; } = [];

    /// <summary>A process variable holding the choices (input data, never the submission).</summary>
    public string? ValuesKey { get; init; }

    /// <summary>FEEL giving the choices.</summary>
    public string? ValuesExpression { get; init; }

    /// <summary><c>conditional.hide</c>: FEEL; the component is hidden when it is true.</summary>
    public string? Hide { get; init; }

    /// <summary><c>readonly</c>: <c>true</c>, <c>false</c> or FEEL text; null when absent.</summary>
    public object? Readonly { get; init; }

    /// <summary><c>disabled</c>: <c>true</c>, <c>false</c> or FEEL text; null when absent.</summary>
    public object? Disabled { get; init; }

    /// <summary>Datetime: <c>date</c> (default), <c>time</c> or <c>datetime</c>.</summary>
    public string? Subtype { get; init; }

    public bool DisallowPassedDates { get; init; }

    /// <summary>Number: the most digits after the decimal point.</summary>
    public int? DecimalDigits { get; init; }

    /// <summary>Number: valid values are multiples of this step.</summary>
    public decimal? Increment { get; init; }

    /// <summary>Number: the value is kept as a string (form-js <c>serializeToString</c>).</summary>
    public bool SerializeToString { get; init; }

    /// <summary>Expression fields: the FEEL expression computing the value.</summary>
    public string? Expression { get; init; }

    /// <summary>Custom properties (form-js "Benutzerdefinierte Eigenschaften"); dynamic lists read minItems/maxItems here.</summary>
    public IReadOnlyDictionary<string, string> Properties { get; init; } = new Dictionary<string, string>();

    /// <summary>Dynamic lists: the fewest items (custom property <c>minItems</c>).</summary>
    public int? MinItems { get; init; }

    /// <summary>Dynamic lists: the most items (custom property <c>maxItems</c>).</summary>
    public int? MaxItems { get; init; }

    /// <summary>For messages: the label, else key, path or id.</summary>
    public string DisplayName => !string.IsNullOrWhiteSpace(Label) ? Label! : Key ?? Path ?? Id ?? Type;
}
