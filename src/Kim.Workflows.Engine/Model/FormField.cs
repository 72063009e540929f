namespace Kim.Workflows.Engine.Model;

/// <summary>A <c>camunda:formField</c> with its validation constraints (<c>camunda:validation</c>).</summary>
public sealed record FormField(
    string Id,
    string? Label,
    FormFieldType Type,
    string? DefaultValue,
    IReadOnlyList<KeyValuePair<string, string>> EnumValues,
    IReadOnlyList<FormConstraint> Constraints,
    IReadOnlyDictionary<string, string> Properties)
{
    public bool IsRequired => Constraints.Any(c => c.Name == "required");

    public bool IsReadOnly => Constraints.Any(c => c.Name == "readonly");

    public string DisplayLabel => string.IsNullOrWhiteSpace(Label) ? Id : Label!;
}
