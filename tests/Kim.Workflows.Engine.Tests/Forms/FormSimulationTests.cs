using System.Text.Json;
using Kim.Workflows.Engine.Execution.Effects;
using Kim.Workflows.Engine.Forms;
using Kim.Workflows.Engine.Model;
using Kim.Workflows.Engine.Tests.Support;
using Kim.Workflows.Engine.Simulation;
using Kim.Workflows.Engine.Validation;

namespace Kim.Workflows.Engine.Tests.Forms;

/// <summary>The simulator completes a task with a Camunda Form as the server would: validated, only the form's keys.</summary>
public class FormSimulationTests
{
    private static readonly DeploymentFile[] Pair =
    [
        new("kostenuebernahme.bpmn", File.ReadAllBytes(FormJson.ModelerFile("kostenuebernahme.bpmn"))),
        new("antrag-pruefen.form", File.ReadAllBytes(FormJson.ModelerFile("antrag-pruefen.form"))),
    ];

    private const string Valid = """
        { "antragsteller": "Ayşe Yılmaz", "eingangsdatum": "2026-11-30", "betrag": 1250.5, "unterlagen": ["personalausweis", "mietvertrag"],
          "entscheidung": "genehmigt", "auflagen": [ { "was": "Nachweis nachreichen", "frist": "2027-01-15" } ], "kimStatus": "gefälscht" }
        """;

    private static SimulationTrace Run(params string[] completions)
    {
        var actions = string.Join(",", completions.Select(c => $$"""{ "type": "complete", "id": "Activity_AntragPruefen", "variables": {{c}} }"""));
        var script = SimulationScript.Parse($$"""{ "variables": { "kimStatus": "offen" }, "actions": [ {{actions}} ] }""");
        return ConformanceSimulator.Run(Pair, "kostenuebernahme.bpmn", script, UnavailableFormExpressionEvaluator.Instance);
    }

    [Fact]
    public void The_Modeler_pairs_task_completes_with_valid_data()
    {
        var trace = Run(Valid);

        Assert.Equal("completed", trace.State);
        Assert.Contains("Activity_AntragPruefen", trace.Completed);
        Assert.Equal("offen", trace.Variables["kimStatus"]); // not a key of the form: not written
        Assert.Equal(1250.5, trace.Variables["betrag"]);
        var auflage = Assert.IsType<Dictionary<string, object?>>(Assert.Single(Assert.IsType<List<object?>>(trace.Variables["auflagen"])));
        Assert.Equal("Nachweis nachreichen", auflage["was"]);
        Assert.Empty(trace.Rejected);
    }

    [Fact]
    public void Invalid_data_leaves_the_task_waiting_and_is_reported()
    {
        var trace = Run("""{ "antragsteller": "", "eingangsdatum": "30.11.2026", "entscheidung": "vielleicht", "auflagen": [ { "frist": "2027-01-15" } ] }""", Valid);

        Assert.Equal("completed", trace.State); // the second, valid completion went through
        var rejected = Assert.Single(trace.Rejected);
        Assert.Equal("antrag-pruefen", rejected.FormId);
        Assert.Equal("„Antragsteller:in“ ist ein Pflichtfeld.", rejected.Errors["antragsteller"]);
        Assert.Equal("„Eingangsdatum“ muss ein Datum (JJJJ-MM-TT) sein.", rejected.Errors["eingangsdatum"]);
        Assert.Equal("„Entscheidung“: „vielleicht“ ist keine erlaubte Auswahl.", rejected.Errors["entscheidung"]);
        Assert.Equal("„Auflage“ ist ein Pflichtfeld.", rejected.Errors["auflagen[0].was"]);

        using var json = JsonDocument.Parse(trace.ToJson());
        Assert.Equal("Activity_AntragPruefen", json.RootElement.GetProperty("rejected")[0].GetProperty("id").GetString());
    }

    [Fact]
    public void Only_an_invalid_completion_keeps_the_task_waiting()
    {
        var trace = Run("""{ "entscheidung": "genehmigt" }""");

        Assert.Equal("waiting", trace.State);
        Assert.Equal(["Activity_AntragPruefen"], trace.WaitingOn);
        Assert.False(trace.Variables.ContainsKey("entscheidung"));
    }

    [Fact]
    public void Without_its_form_the_deployment_does_not_run()
    {
        var trace = ConformanceSimulator.Run([Pair[0]], "kostenuebernahme.bpmn", SimulationScript.Parse("{}"), UnavailableFormExpressionEvaluator.Instance);

        Assert.Equal("error", trace.State);
        Assert.Contains("Activity_AntragPruefen", trace.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_created_task_carries_its_form_reference_for_the_host()
    {
        var h = new EngineHarness();
        var forms = DeploymentValidator.Validate(Pair).Forms;
        h.Deploy(Path.Combine("Forms", "Modeler", "kostenuebernahme.bpmn"), ValidationOptions.Default with { Forms = forms });

        await h.StartAsync("Process_Kostenuebernahme");

        var form = h.Effects.OfType<UserTaskCreated>().Single().Task.Form!;
        Assert.Equal((FormReferenceKind.CamundaForm, "antrag-pruefen", FormRefBinding.Deployment), (form.Kind, form.FormId, form.Binding!.Value));
    }
}
