namespace Kim.Workflows.Engine.Forms;

/// <summary>Converted values (ready to become process variables) and German errors per field id.</summary>
public sealed record FormValidationResult(IReadOnlyDictionary<string, object?> Values, IReadOnlyDictionary<string, string> Errors)
{
    public bool IsValid => Errors.Count == 0;
}
