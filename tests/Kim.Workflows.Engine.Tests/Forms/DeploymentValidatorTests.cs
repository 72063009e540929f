using System.Text;
using Kim.Workflows.Engine.Tests.Support;
using Kim.Workflows.Engine.Validation;

namespace Kim.Workflows.Engine.Tests.Forms;

/// <summary>A deployment is BPMN plus its .form files, checked as one.</summary>
public class DeploymentValidatorTests
{
    private static DeploymentFile Modeler(string name) => new(name, File.ReadAllBytes(FormJson.ModelerFile(name)));

    [Fact]
    public void The_Camunda_Modeler_pair_is_a_valid_deployment()
    {
        var result = DeploymentValidator.Validate([Modeler("kostenuebernahme.bpmn"), Modeler("antrag-pruefen.form")]);

        Assert.True(result.IsValid, string.Join("; ", result.Errors.Select(e => $"{e.File}: {e.Problem.Message}")));
        Assert.Equal("antrag-pruefen", Assert.Single(result.Forms.Forms).Id);
        Assert.DoesNotContain(result.Notes, n => n.Problem.Rule == "form-unused");
    }

    [Fact]
    public void Without_its_form_file_the_deployment_fails_naming_the_task()
    {
        var result = DeploymentValidator.Validate([Modeler("kostenuebernahme.bpmn")]);

        Assert.False(result.IsValid);
        var error = Assert.Single(result.Errors);
        Assert.Equal("kostenuebernahme.bpmn", error.File);
        Assert.Equal("Activity_AntragPruefen", error.Problem.ElementId);
        Assert.Contains("„Antrag prüfen“", error.Problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Form_ids_are_unique_per_deployment()
    {
        var form = Modeler("antrag-pruefen.form");
        var result = DeploymentValidator.Validate([Modeler("kostenuebernahme.bpmn"), form, form with { Name = "kopie.form" }]);

        var error = Assert.Single(result.Errors);
        Assert.Equal("form-id-duplicate", error.Problem.Rule);
        Assert.Equal("kopie.form", error.File);
    }

    [Fact]
    public void A_broken_form_is_reported_once_in_its_file()
    {
        var broken = new DeploymentFile("antrag-pruefen.form", Encoding.UTF8.GetBytes("""{ "id": "antrag-pruefen", "components": [ { "type": "filepicker", "key": "datei", "label": "Nachweis" } ] }"""));
        var bpmn = new DeploymentFile("p.bpmn", Encoding.UTF8.GetBytes(File.ReadAllText(FormJson.ModelerFile("kostenuebernahme.bpmn"))
            .Replace("camunda:formRef=\"antrag-pruefen\" camunda:formRefBinding=\"deployment\"", "camunda:formKey=\"camunda-forms:deployment:antrag-pruefen.form\"", StringComparison.Ordinal)));

        var result = DeploymentValidator.Validate([bpmn, broken]);

        var error = Assert.Single(result.Errors);
        Assert.Equal("antrag-pruefen.form", error.File);
        Assert.Contains("„Nachweis“", error.Problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unused_forms_are_noted_and_other_files_and_empty_deployments_are_errors()
    {
        var unused = DeploymentValidator.Validate([new DeploymentFile("leer.bpmn", File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Validation", "minimal.bpmn20.xml"))), Modeler("antrag-pruefen.form")]);
        Assert.True(unused.IsValid, string.Join("; ", unused.Errors.Select(e => e.Problem.Message)));
        Assert.Contains(unused.Notes, n => n.Problem.Rule == "form-unused" && n.File == "antrag-pruefen.form");

        var stray = DeploymentValidator.Validate([Modeler("kostenuebernahme.bpmn"), Modeler("antrag-pruefen.form"), new DeploymentFile("notiz.txt", [])]);
        Assert.Contains(stray.Errors, e => e.Problem.Rule == "deployment-file" && e.File == "notiz.txt");

        Assert.Contains(DeploymentValidator.Validate([Modeler("antrag-pruefen.form")]).Errors, e => e.Problem.Rule == "deployment-empty");
    }

    [Fact]
    public void Camunda_example_invoiceApproval_validates_when_its_form_is_present()
    {
        var corpus = TestPaths.FindShared("bpmn-corpus");
        if (corpus is null)
        {
            return;
        }

        var bpmn = new DeploymentFile("invoiceApproval.bpmn", File.ReadAllBytes(Path.Combine(corpus, "camunda-bpm-examples", "usertask", "task-camunda-forms", "src", "main", "resources", "invoiceApproval.bpmn")));
        var form = new DeploymentFile("task-form.form", File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Forms", "Corpus", "task-form.form")));

        var with = DeploymentValidator.Validate([bpmn, form]);
        Assert.True(with.IsValid, string.Join("; ", with.Errors.Select(e => $"{e.File}: {e.Problem.Message}")));

        var without = DeploymentValidator.Validate([bpmn]);
        var error = Assert.Single(without.Errors);
        Assert.Equal("UserTask_1", error.Problem.ElementId);
        Assert.Contains("task-form.form", error.Problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Camunda_example_with_an_embedded_form_is_rejected_naming_the_task()
    {
        var corpus = TestPaths.FindShared("bpmn-corpus");
        if (corpus is null)
        {
            return;
        }

        var result = BpmnValidator.Validate(File.ReadAllBytes(Path.Combine(corpus, "camunda-bpm-examples", "usertask", "task-form-embedded-react", "src", "main", "resources", "react-example.bpmn")));

        var error = Assert.Single(result.Errors);
        Assert.Equal(("Task_1a9adlo", "form-key-unsupported"), (error.ElementId, error.Rule));
        Assert.Contains("„Approve Invoice“", error.Message, StringComparison.Ordinal);
        Assert.Contains("embedded:app:task-form.html", error.Message, StringComparison.Ordinal);
    }
}
