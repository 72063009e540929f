using Kim.Workflows.Engine.Forms;
using Kim.Workflows.Engine.Model;
using Kim.Workflows.Engine.Parsing;
using Kim.Workflows.Engine.Validation;

namespace Kim.Workflows.Runtime;

/// <summary>
/// A folder of workflows (start-up: <c>workflows/</c>) as deployments: each <c>*.bpmn</c> with the <c>*.form</c>
/// files its user tasks reference (by form id or file name). Forms no BPMN references are not deployed.
/// </summary>
internal static class WorkflowFolder
{
    public static async Task<List<(string Name, List<DeploymentFile> Files)>> ReadAsync(string directory, CancellationToken cancellationToken)
    {
        var forms = new List<(DeploymentFile File, string? FormId)>();
        foreach (var path in Directory.EnumerateFiles(directory, "*.form").Order(StringComparer.Ordinal))
        {
            var file = new DeploymentFile(Path.GetFileName(path), await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false));
            var parsed = FormSchemaParser.Parse(file.Content, file.Name);
            forms.Add((file, parsed.Form?.Id ?? parsed.FormId));
        }

        var deployments = new List<(string, List<DeploymentFile>)>();
        foreach (var path in Directory.EnumerateFiles(directory, "*.bpmn").Order(StringComparer.Ordinal))
        {
            var bpmn = new DeploymentFile(Path.GetFileName(path), await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false));
            var references = References(bpmn.Content);
            var files = new List<DeploymentFile> { bpmn };
            files.AddRange(forms.Where(f => references.Any(r => Matches(r, f.File.Name, f.FormId))).Select(f => f.File));
            deployments.Add((bpmn.Name, files));
        }

        return deployments;
    }

    /// <summary>The Camunda Form references of a file; none when it does not parse (its deployment reports why).</summary>
    private static List<FormReference> References(byte[] bpmn) =>
        BpmnParser.Parse(bpmn).Model?.Processes.SelectMany(p => p.AllNodes).OfType<TaskActivity>()
            .Select(t => t.UserTask?.Form).OfType<FormReference>().Where(f => f.Kind == FormReferenceKind.CamundaForm).ToList() ?? [];

    private static bool Matches(FormReference reference, string fileName, string? formId) =>
        (reference.FormId is { } id && id == formId) || (reference.FileName is { } name && name.Replace('\\', '/').Split('/')[^1] == fileName);
}
