namespace Kim.Workflows.Engine.Forms;

/// <summary>
/// The Camunda Forms a BPMN file is validated with: the <c>.form</c> files deployed with it (by form id and by
/// file name) and, for <c>latest</c>/<c>version</c> bindings, the forms published earlier for the workflow.
/// </summary>
public sealed class DeploymentForms
{
    private readonly Dictionary<string, FormDefinition> _byId = new(StringComparer.Ordinal);
    private readonly Dictionary<string, FormDefinition> _byFileName = new(StringComparer.Ordinal);
    private readonly HashSet<string> _brokenFiles = new(StringComparer.Ordinal);

    /// <param name="forms">The valid forms of the deployment; the first of several with one id wins (the deployment validator reports the duplicate).</param>
    /// <param name="brokenFiles">Form files (names, and ids where readable) of the deployment that failed their own checks: references to them are not reported twice.</param>
    /// <param name="published">Whether a form id (in a given version, or any when null) was published earlier; null when nothing was.</param>
    public DeploymentForms(IEnumerable<FormDefinition> forms, IEnumerable<string>? brokenFiles = null, Func<string, int?, bool>? published = null)
    {
        foreach (var form in forms)
        {
            _byId.TryAdd(form.Id, form);
            _byFileName.TryAdd(FileNameOf(form.FileName), form);
        }

        foreach (var file in brokenFiles ?? [])
        {
            _brokenFiles.Add(FileNameOf(file));
        }

        Published = published;
    }

    public static DeploymentForms Empty { get; } = new([]);

    public IReadOnlyCollection<FormDefinition> Forms => _byId.Values;

    public Func<string, int?, bool>? Published { get; }

    public FormDefinition? ById(string id) => _byId.GetValueOrDefault(id);

    /// <summary>By the name in <c>camunda-forms:deployment:NAME</c>; folders of the deployment are ignored.</summary>
    public FormDefinition? ByFileName(string fileName) => _byFileName.GetValueOrDefault(FileNameOf(fileName));

    public bool IsBroken(string fileNameOrId) => _brokenFiles.Contains(FileNameOf(fileNameOrId));

    private static string FileNameOf(string path) => path.Replace('\\', '/').Split('/')[^1];
}
