namespace Kim.Workflows.Web;

/// <summary>Settings of the web host (section <c>KimWeb</c>).</summary>
public sealed class KimWebOptions
{
    public const string Section = "KimWeb";

    /// <summary>Largest BPMN body the API accepts (bytes); larger requests get 413.</summary>
    public long MaxDefinitionBytes { get; set; } = 10 * 1024 * 1024;
}
