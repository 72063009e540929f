using Kim.Workflows.Engine.Validation;

namespace Kim.Workflows.Cli;

/// <summary>
/// Reads the files of one deployment from the command line: files as named, folders as their BPMN and
/// <c>.form</c> files (not their sub-folders). Paths that cannot be read become problems, not exceptions.
/// </summary>
internal static class DeploymentFiles
{
    public static (List<DeploymentFile> Files, List<DeploymentProblem> Problems) Load(IEnumerable<string> paths)
    {
        var files = new List<DeploymentFile>();
        var problems = new List<DeploymentProblem>();
        foreach (var path in paths)
        {
            try
            {
                if (Directory.Exists(path))
                {
                    foreach (var file in Directory.EnumerateFiles(path).Order(StringComparer.Ordinal))
                    {
                        var candidate = new DeploymentFile(Path.GetFileName(file), []);
                        if (candidate.IsBpmn || candidate.IsForm)
                        {
                            files.Add(candidate with { Content = File.ReadAllBytes(file) });
                        }
                    }
                }
                else
                {
                    files.Add(new DeploymentFile(Path.GetFileName(path), File.ReadAllBytes(path)));
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
            {
                problems.Add(new DeploymentProblem(path, new ValidationProblem("file", null, "unreadable", $"Die Datei kann nicht gelesen werden: {e.Message}")));
            }
        }

        foreach (var duplicate in files.GroupBy(f => f.Name, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            problems.Add(new DeploymentProblem(duplicate.Key, new ValidationProblem("file", null, "duplicate-file",
                $"Die Datei „{duplicate.Key}“ kommt mehrfach vor; in einem Deployment muss jeder Dateiname eindeutig sein.")));
        }

        return (files, problems);
    }
}
