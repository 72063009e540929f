using Kim.Workflows.Engine.Forms;
using Kim.Workflows.Engine.Model;

namespace Kim.Workflows.Engine.Validation;

/// <summary>
/// Form references of user tasks: <c>camunda:formRef</c> (binding deployment/latest/version),
/// <c>camunda-forms:deployment:X.form</c>, <c>camunda-forms:app:X.form</c> (when X.form is in the same
/// deployment) and <c>kim:fallakte:&lt;schritt&gt;</c>. Every other form key is rejected, naming the task.
/// Camunda Forms must resolve against the deployment's <c>.form</c> files (or, for latest/version, the
/// forms published earlier).
/// </summary>
internal static class FormReferenceRules
{
    /// <summary>The steps of the case file a task may open (case-manager issue).</summary>
    public static readonly IReadOnlySet<string> CaseFileSteps = new HashSet<string>(StringComparer.Ordinal)
    {
        "zugang", "erstberatung", "assessment", "ziele", "zielvereinbarung", "leistungen", "reassessment",
    };

    public static void Check(ValidationContext c)
    {
        foreach (var task in c.Process.AllNodes.OfType<TaskActivity>())
        {
            if (task.UserTask?.Form is { } form)
            {
                Check(c, task, form);
            }
        }
    }

    private static void Check(ValidationContext c, TaskActivity task, FormReference form)
    {
        var who = $"Die Benutzeraufgabe „{task.Name ?? task.Id}“";
        switch (form.Kind)
        {
            case FormReferenceKind.Unsupported when form.Source.Contains("=\"kim:", StringComparison.Ordinal):
                c.Error(task, "form-key-unsupported",
                    $"{who} nennt {form.Source}; von den kim:-Schlüsseln gibt es nur kim:fallakte:<schritt> (Schritte: {Steps}).");
                return;
            case FormReferenceKind.Unsupported:
                c.Error(task, "form-key-unsupported",
                    $"{who} nennt {form.Source}; diese Art Formular wird nicht unterstützt. Möglich sind camunda:formRef, camunda-forms:deployment:NAME.form, " +
                    "camunda-forms:app:NAME.form (die Datei liegt im selben Deployment) und kim:fallakte:<schritt>.");
                return;
            case FormReferenceKind.CaseFileStep when form.CaseFileStep is not { } step || !CaseFileSteps.Contains(step):
                c.Error(task, "form-case-file-step", $"{who} nennt {form.Source}; „{form.CaseFileStep}“ ist kein Schritt der Fallakte (erlaubt: {Steps}).");
                return;
            case FormReferenceKind.CamundaForm:
                CheckCamundaForm(c, task, form, who);
                return;
        }
    }

    private static void CheckCamundaForm(ValidationContext c, TaskActivity task, FormReference form, string who)
    {
        if (form.HasBothAttributes)
        {
            c.Error(task, "form-ref-ambiguous", $"{who} hat camunda:formRef und camunda:formKey; bitte nur eines angeben.");
            return;
        }

        var forms = c.Options.Forms ?? DeploymentForms.Empty;
        if (form.FileName is { } fileName)
        {
            if (fileName.Length == 0 || !fileName.EndsWith(".form", StringComparison.Ordinal))
            {
                c.Error(task, "form-file-name", $"{who} nennt {form.Source}; erwartet wird der Name einer .form-Datei.");
            }
            else if (forms.ByFileName(fileName) is null && !forms.IsBroken(fileName))
            {
                var where = form.FromApplication ? " (camunda-forms:app: wird nur angenommen, wenn die Datei im selben Deployment liegt)" : "";
                c.Error(task, "form-missing", $"{who} verweist auf das Formular „{fileName}“, aber das Deployment enthält keine solche Datei{where}.");
            }

            return;
        }

        var id = form.FormId!;
        switch (form.Binding)
        {
            case null:
                c.Error(task, "form-ref-binding", $"{who}: camunda:formRefBinding=\"{form.BindingText}\" ist unbekannt (erlaubt: deployment, latest, version).");
                return;
            case FormRefBinding.Version when form.Version is null:
                c.Error(task, "form-ref-version", $"{who}: bei camunda:formRefBinding=\"version\" muss camunda:formRefVersion eine positive ganze Zahl sein, nicht „{form.VersionText}“.");
                return;
        }

        var inDeployment = forms.ById(id) is not null;
        var found = form.Binding switch
        {
            FormRefBinding.Deployment => inDeployment,
            FormRefBinding.Latest => inDeployment || forms.Published?.Invoke(id, null) == true,
            _ => forms.Published?.Invoke(id, form.Version) == true || inDeployment,
        };
        if (!found && !forms.IsBroken(id))
        {
            var binding = form.Binding == FormRefBinding.Deployment ? "im selben Deployment" : "im Deployment oder unter den veröffentlichten Formularen";
            c.Error(task, "form-missing", $"{who} verweist mit {form.Source} auf ein Formular, das es {binding} nicht gibt (gesucht wird die id im JSON der .form-Datei).");
        }
    }

    private static string Steps => string.Join(", ", CaseFileSteps);
}
