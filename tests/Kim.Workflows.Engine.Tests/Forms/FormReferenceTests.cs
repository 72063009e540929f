using System.Text;
using Kim.Workflows.Engine.Model;
using Kim.Workflows.Engine.Validation;

namespace Kim.Workflows.Engine.Tests.Forms;

/// <summary>Form references of user tasks: what is supported, how they resolve in a deployment, and German errors naming the task.</summary>
public class FormReferenceTests
{
    private const string SimpleForm = """{ "id": "pruefung", "type": "default", "schemaVersion": 19, "components": [ { "type": "textfield", "key": "notiz" } ] }""";

    private static DeploymentFile Bpmn(string taskAttributes) => new("prozess.bpmn", Encoding.UTF8.GetBytes($$"""
        <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="d" targetNamespace="t">
          <process id="p" isExecutable="true">
            <startEvent id="s"/><sequenceFlow id="f1" sourceRef="s" targetRef="pruefen"/>
            <userTask id="pruefen" name="Antrag prüfen" {{taskAttributes}}/>
            <sequenceFlow id="f2" sourceRef="pruefen" targetRef="e"/><endEvent id="e"/>
          </process>
        </definitions>
        """));

    private static DeploymentFile Form(string name = "pruefung.form", string json = SimpleForm) => new(name, Encoding.UTF8.GetBytes(json));

    private static DeploymentValidationResult Validate(params DeploymentFile[] files) => DeploymentValidator.Validate(files);

    private static string TaskError(DeploymentValidationResult result, string rule)
    {
        Assert.False(result.IsValid);
        var error = result.Errors.Select(e => e.Problem).FirstOrDefault(p => p.Rule == rule && p.ElementId == "pruefen");
        Assert.True(error is not null, $"expected {rule} at the task; got {string.Join("; ", result.Errors.Select(e => $"{e.Problem.Rule}@{e.Problem.ElementId}: {e.Problem.Message}"))}");
        Assert.Contains("„Antrag prüfen“", error!.Message, StringComparison.Ordinal);
        return error.Message;
    }

    private static void AssertValid(DeploymentValidationResult result) =>
        Assert.True(result.IsValid, string.Join("; ", result.Errors.Select(e => $"{e.File}: {e.Problem.Message}")));

    [Theory]
    [InlineData("""camunda:formRef="pruefung" camunda:formRefBinding="deployment" """)]
    [InlineData("""camunda:formRef="pruefung" camunda:formRefBinding="latest" """)]
    [InlineData("""camunda:formRef="pruefung" """)]
    [InlineData("""camunda:formRef="pruefung" camunda:formRefBinding="version" camunda:formRefVersion="3" """)]
    [InlineData("""camunda:formKey="camunda-forms:deployment:pruefung.form" """)]
    [InlineData("""camunda:formKey="camunda-forms:app:pruefung.form" """)]
    [InlineData("""camunda:formKey="camunda-forms:deployment:forms/pruefung.form" """)]
    public void Camunda_form_references_resolve_in_the_deployment(string attributes)
    {
        AssertValid(Validate(Bpmn(attributes), Form()));
    }

    [Theory]
    [InlineData("""camunda:formRef="pruefung" camunda:formRefBinding="deployment" """, "form-missing")]
    [InlineData("""camunda:formRef="pruefung" """, "form-missing")]
    [InlineData("""camunda:formKey="camunda-forms:deployment:pruefung.form" """, "form-missing")]
    [InlineData("""camunda:formKey="camunda-forms:app:pruefung.form" """, "form-missing")]
    public void A_missing_form_file_is_an_error_naming_the_task(string attributes, string rule)
    {
        var message = TaskError(Validate(Bpmn(attributes)), rule);
        Assert.Contains("pruefung", message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_form_with_another_id_does_not_satisfy_formRef()
    {
        TaskError(Validate(Bpmn("""camunda:formRef="andere" camunda:formRefBinding="deployment" """), Form()), "form-missing");
    }

    [Fact]
    public void Latest_and_version_bindings_may_resolve_to_published_forms()
    {
        var latest = DeploymentValidator.Validate([Bpmn("""camunda:formRef="frueher" camunda:formRefBinding="latest" """)], published: (id, v) => id == "frueher" && v is null);
        AssertValid(latest);
        var version = DeploymentValidator.Validate([Bpmn("""camunda:formRef="frueher" camunda:formRefBinding="version" camunda:formRefVersion="2" """)], published: (id, v) => id == "frueher" && v == 2);
        AssertValid(version);
        var wrongVersion = DeploymentValidator.Validate([Bpmn("""camunda:formRef="frueher" camunda:formRefBinding="version" camunda:formRefVersion="3" """)], published: (id, v) => id == "frueher" && v == 2);
        TaskError(wrongVersion, "form-missing");
        var deploymentBinding = DeploymentValidator.Validate([Bpmn("""camunda:formRef="frueher" camunda:formRefBinding="deployment" """)], published: (_, _) => true);
        TaskError(deploymentBinding, "form-missing");
    }

    [Theory]
    [InlineData("""camunda:formRef="pruefung" camunda:formRefBinding="newest" """, "form-ref-binding", "newest")]
    [InlineData("""camunda:formRef="pruefung" camunda:formRefBinding="version" """, "form-ref-version", "formRefVersion")]
    [InlineData("""camunda:formRef="pruefung" camunda:formRefBinding="version" camunda:formRefVersion="zwei" """, "form-ref-version", "zwei")]
    [InlineData("""camunda:formRef="pruefung" camunda:formKey="camunda-forms:deployment:pruefung.form" """, "form-ref-ambiguous", "nur eines")]
    [InlineData("""camunda:formKey="camunda-forms:deployment:pruefung.json" """, "form-file-name", ".form")]
    public void Broken_form_references_are_errors(string attributes, string rule, string expected)
    {
        Assert.Contains(expected, TaskError(Validate(Bpmn(attributes), Form()), rule), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("embedded:app:forms/task-form.html")]
    [InlineData("embedded:deployment:task-form.html")]
    [InlineData("app:approveInvoice.jsf")]
    [InlineData("camunda-forms:bpmn:userTaskForm_1m306cp")]
    [InlineData("VacationRequest")]
    [InlineData("kim:protokoll")]
    public void Other_form_keys_are_rejected_naming_the_task(string formKey)
    {
        var message = TaskError(Validate(Bpmn($"camunda:formKey=\"{formKey}\""), Form()), "form-key-unsupported");
        Assert.Contains(formKey, message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("zugang")]
    [InlineData("erstberatung")]
    [InlineData("assessment")]
    [InlineData("ziele")]
    [InlineData("zielvereinbarung")]
    [InlineData("leistungen")]
    [InlineData("reassessment")]
    public void Case_file_steps_are_accepted(string step)
    {
        var result = Validate(Bpmn($"camunda:formKey=\"kim:fallakte:{step}\""));
        AssertValid(result);
        var task = result.Models[0].Value.Model!.MainProcess!.AllNodes.OfType<TaskActivity>().Single();
        Assert.Equal(FormReferenceKind.CaseFileStep, task.UserTask!.Form!.Kind);
        Assert.Equal(step, task.UserTask.Form.CaseFileStep);
    }

    [Fact]
    public void An_unknown_case_file_step_is_an_error()
    {
        Assert.Contains("kein Schritt der Fallakte", TaskError(Validate(Bpmn("camunda:formKey=\"kim:fallakte:protokoll\"")), "form-case-file-step"), StringComparison.Ordinal);
    }

    [Fact]
    public void The_model_exposes_the_parsed_reference()
    {
        var result = BpmnValidator.Validate(Bpmn("""camunda:formRef="pruefung" camunda:formRefBinding="version" camunda:formRefVersion="4" """).Content);
        var form = result.Model!.MainProcess!.AllNodes.OfType<TaskActivity>().Single().UserTask!.Form!;

        Assert.Equal(FormReferenceKind.CamundaForm, form.Kind);
        Assert.Equal("pruefung", form.FormId);
        Assert.Equal(FormRefBinding.Version, form.Binding);
        Assert.Equal(4, form.Version);

        var byKey = FormReference.From("camunda-forms:app:task-form.form", null, null, null)!;
        Assert.Equal(("task-form.form", true, FormRefBinding.Deployment), (byKey.FileName, byKey.FromApplication, byKey.Binding!.Value));
        Assert.Null(FormReference.From(null, " ", null, null));
    }

    [Fact]
    public void A_task_without_a_form_or_with_generated_form_fields_needs_no_form_file()
    {
        AssertValid(Validate(Bpmn("")));
    }
}
