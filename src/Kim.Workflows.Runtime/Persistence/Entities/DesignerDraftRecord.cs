namespace Kim.Workflows.Runtime.Persistence.Entities;

/// <summary>
/// A process owner's working copy from the designer: any XML that parses, valid or not, one per process key.
/// Publishing deploys it as a new version and removes it.
/// </summary>
public sealed class DesignerDraftRecord
{
    public string ProcessKey { get; set; } = "";

    public string? Name { get; set; }

    public string BpmnXml { get; set; } = "";

    public string? SavedBy { get; set; }

    public DateTimeOffset SavedAt { get; set; }
}
