namespace Kim.Workflows.Web;

/// <summary>Settings of the web host (section <c>KimWeb</c>).</summary>
public sealed class KimWebOptions
{
    public const string Section = "KimWeb";

    /// <summary>
    /// Folder whose <c>*.bpmn</c> files are published at start-up. Null: the repository's <c>workflows/</c>
    /// folder when one is found above the content root. A missing or empty folder seeds nothing.
    /// </summary>
    public string? SeedFolder { get; set; }

    /// <summary>Largest BPMN body the API accepts (bytes); larger requests get 413.</summary>
    public long MaxDefinitionBytes { get; set; } = 10 * 1024 * 1024;
}
