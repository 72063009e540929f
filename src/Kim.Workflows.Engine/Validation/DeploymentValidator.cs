using Kim.Workflows.Engine.Forms;
using Kim.Workflows.Engine.Model;

namespace Kim.Workflows.Engine.Validation;

/// <summary>
/// Checks a deployment as one unit: BPMN files plus the <c>.form</c> files they reference. Every form must
/// pass its schema check, form ids are unique within the deployment, and every form reference of a user
/// task resolves (the BPMN rules report what does not, naming the task).
/// </summary>
public static class DeploymentValidator
{
    /// <param name="published">Forms published earlier for the workflow (for latest/version bindings); null when none.</param>
    public static DeploymentValidationResult Validate(IReadOnlyList<DeploymentFile> files, ValidationOptions? options = null, Func<string, int?, bool>? published = null)
    {
        ArgumentNullException.ThrowIfNull(files);
        var problems = new List<DeploymentProblem>();
        var forms = new List<FormDefinition>();
        var broken = new List<string>();
        foreach (var file in files.Where(f => f.IsForm))
        {
            var parsed = FormSchemaParser.Parse(file.Content, file.Name);
            problems.AddRange(parsed.Problems.Select(p => new DeploymentProblem(file.Name, p)));
            if (parsed.Form is not { } form)
            {
                broken.Add(file.Name);
                if (parsed.FormId is { Length: > 0 } brokenId)
                {
                    broken.Add(brokenId);
                }
            }
            else if (forms.FirstOrDefault(f => f.Id == form.Id) is { } other)
            {
                problems.Add(new DeploymentProblem(file.Name, new ValidationProblem(form.Id, null, "form-id-duplicate",
                    $"Die Formulare „{other.FileName}“ und „{file.Name}“ haben dieselbe id „{form.Id}“; eine Formular-id darf im Deployment nur einmal vorkommen.")));
            }
            else
            {
                forms.Add(form);
            }
        }

        foreach (var file in files.Where(f => !f.IsForm && !f.IsBpmn))
        {
            problems.Add(new DeploymentProblem(file.Name, new ValidationProblem(file.Name, null, "deployment-file",
                $"Die Datei „{file.Name}“ ist weder ein BPMN-Modell (.bpmn) noch ein Formular (.form).")));
        }

        var deploymentForms = new DeploymentForms(forms, broken, published);
        var bpmnOptions = (options ?? ValidationOptions.Default) with { Forms = deploymentForms };
        var models = new List<KeyValuePair<string, ValidationResult>>();
        foreach (var file in files.Where(f => f.IsBpmn))
        {
            var result = BpmnValidator.Validate(file.Content, bpmnOptions);
            models.Add(new(file.Name, result));
            problems.AddRange(result.Problems.Select(p => new DeploymentProblem(file.Name, p)));
        }

        if (models.Count == 0)
        {
            problems.Add(new DeploymentProblem("deployment", new ValidationProblem("deployment", null, "deployment-empty",
                "Das Deployment enthält keine BPMN-Datei (.bpmn).")));
        }

        NoteUnusedForms(forms, models, problems);
        return new DeploymentValidationResult(models, deploymentForms, problems);
    }

    /// <summary>A form no task references is deployable, but the process owner probably forgot to link it.</summary>
    private static void NoteUnusedForms(List<FormDefinition> forms, List<KeyValuePair<string, ValidationResult>> models, List<DeploymentProblem> problems)
    {
        var references = models.Select(m => m.Value.Model).OfType<BpmnModel>()
            .SelectMany(m => m.Processes).SelectMany(p => p.AllNodes).OfType<TaskActivity>()
            .Select(t => t.UserTask?.Form).OfType<FormReference>().ToList();
        foreach (var form in forms)
        {
            var used = references.Any(r => r.FormId == form.Id || (r.FileName is { } name && name.Replace('\\', '/').Split('/')[^1] == form.FileName.Replace('\\', '/').Split('/')[^1]));
            if (!used)
            {
                problems.Add(new DeploymentProblem(form.FileName, new ValidationProblem(form.Id, null, "form-unused",
                    $"Das Formular „{form.FileName}“ (id „{form.Id}“) wird von keiner Benutzeraufgabe verwendet.", Severity.Note)));
            }
        }
    }
}
