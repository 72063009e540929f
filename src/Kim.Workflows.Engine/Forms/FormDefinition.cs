namespace Kim.Workflows.Engine.Forms;

/// <summary>
/// A parsed Camunda Form (form-js JSON, schema of form-js 1.23): its id (what <c>camunda:formRef</c> names),
/// the file it came from and its component tree. Built by <see cref="FormSchemaParser"/> only when the
/// schema is valid, so every component here is supported and every binding path is unique.
/// </summary>
public sealed record FormDefinition(string Id, string FileName, int? SchemaVersion, IReadOnlyList<FormComponent> Components)
{
    /// <summary>The newest form-js schema version we understand (form-js 1.23 writes 19).</summary>
    public const int SupportedSchemaVersion = 19;

    /// <summary>Every component in document order, containers before their children.</summary>
    public IEnumerable<FormComponent> AllComponents => Flatten(Components);

    private static IEnumerable<FormComponent> Flatten(IEnumerable<FormComponent> components)
    {
        foreach (var c in components)
        {
            yield return c;
            foreach (var child in Flatten(c.Components))
            {
                yield return child;
            }
        }
    }
}
