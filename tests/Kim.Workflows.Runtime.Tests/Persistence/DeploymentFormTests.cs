using System.Text;
using Kim.Workflows.Engine.Model;
using Kim.Workflows.Engine.Validation;
using Kim.Workflows.Runtime.Tests.Support;

namespace Kim.Workflows.Runtime.Tests.Persistence;

/// <summary>A deployment stores its Camunda Forms; form versions grow with their content; tasks resolve them per binding.</summary>
public sealed class DeploymentFormTests
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "Persistence", "modeler");

    private static readonly string BpmnXml = File.ReadAllText(Path.Combine(Folder, "kostenuebernahme.bpmn"));

    private static readonly string FormJson = File.ReadAllText(Path.Combine(Folder, "antrag-pruefen.form"));

    private static DeploymentFile[] Pair(string? bpmn = null, string? form = null) =>
    [
        new("kostenuebernahme.bpmn", Encoding.UTF8.GetBytes(bpmn ?? BpmnXml)),
        new("antrag-pruefen.form", Encoding.UTF8.GetBytes(form ?? FormJson)),
    ];

    private static string ChangedForm => FormJson.Replace("\"Begründung\"", "\"Begründung der Entscheidung\"", StringComparison.Ordinal);

    private static FormReference Reference(string binding, int? version = null) =>
        FormReference.From(null, "antrag-pruefen", binding, version?.ToString(System.Globalization.CultureInfo.InvariantCulture))!;

    [Fact]
    public async Task The_pair_deploys_with_its_form_and_the_task_resolves_it()
    {
        await using var h = await StoreHarness.CreateAsync();

        var result = await h.Definitions.DeployAsync(Pair(), "kostenuebernahme");

        Assert.True(result.Success, string.Join("; ", result.Problems.Select(p => p.Message)));
        var definition = Assert.Single(result.Deployed);
        var form = await h.Definitions.ResolveFormAsync(definition.Id, Reference("deployment"));
        Assert.NotNull(form);
        Assert.Equal(("antrag-pruefen", 1), (form!.Form.Id, form.Version));
        Assert.Equal(FormJson, form.Json);
        var byFile = await h.Definitions.ResolveFormAsync(definition.Id, FormReference.From("camunda-forms:deployment:antrag-pruefen.form", null, null, null)!);
        Assert.Equal(1, byFile!.Version);
    }

    [Fact]
    public async Task Without_its_form_the_deployment_is_refused_naming_the_task()
    {
        await using var h = await StoreHarness.CreateAsync();

        var result = await h.Definitions.DeployAsync(BpmnXml, "kostenuebernahme.bpmn");

        Assert.False(result.Success);
        var problem = Assert.Single(result.Problems);
        Assert.Equal("Activity_AntragPruefen", problem.ElementId);
        Assert.Contains("„Antrag prüfen“", problem.Message, StringComparison.Ordinal);
        Assert.Empty(await h.Definitions.VersionsAsync("Process_Kostenuebernahme"));
    }

    [Fact]
    public async Task A_changed_form_alone_gives_a_new_definition_and_form_version_and_old_instances_keep_theirs()
    {
        await using var h = await StoreHarness.CreateAsync();
        var first = Assert.Single((await h.Definitions.DeployAsync(Pair(), "kostenuebernahme")).Deployed);

        var again = await h.Definitions.DeployAsync(Pair(), "kostenuebernahme");
        Assert.True(again.Unchanged);

        var second = Assert.Single((await h.Definitions.DeployAsync(Pair(form: ChangedForm), "kostenuebernahme")).Deployed);
        Assert.Equal(2, second.Version);

        var oldForm = await h.Definitions.ResolveFormAsync(first.Id, Reference("deployment"));
        var newForm = await h.Definitions.ResolveFormAsync(second.Id, Reference("deployment"));
        Assert.Equal((1, "Begründung"), (oldForm!.Version, oldForm.Form.AllComponents.Single(c => c.Key == "begruendung").Label));
        Assert.Equal((2, "Begründung der Entscheidung"), (newForm!.Version, newForm.Form.AllComponents.Single(c => c.Key == "begruendung").Label));

        var latestFromOld = await h.Definitions.ResolveFormAsync(first.Id, Reference("latest"));
        Assert.Equal(2, latestFromOld!.Version);
        var pinned = await h.Definitions.ResolveFormAsync(second.Id, Reference("version", 1));
        Assert.Equal(1, pinned!.Version);
        Assert.Null(await h.Definitions.ResolveFormAsync(second.Id, Reference("version", 7)));
    }

    [Fact]
    public async Task An_unchanged_form_keeps_its_version_when_the_BPMN_changes()
    {
        await using var h = await StoreHarness.CreateAsync();
        await h.Definitions.DeployAsync(Pair(), "kostenuebernahme");

        var next = Assert.Single((await h.Definitions.DeployAsync(Pair(bpmn: BpmnXml.Replace("Antrag geprüft", "Antrag ist geprüft", StringComparison.Ordinal)), "kostenuebernahme")).Deployed);

        Assert.Equal(2, next.Version);
        Assert.Equal(1, (await h.Definitions.ResolveFormAsync(next.Id, Reference("deployment")))!.Version);
    }

    [Fact]
    public async Task A_draft_forms_version_is_not_the_latest_until_published()
    {
        await using var h = await StoreHarness.CreateAsync();
        var published = Assert.Single((await h.Definitions.DeployAsync(Pair(), "kostenuebernahme")).Deployed);
        var draft = Assert.Single((await h.Definitions.DeployAsync(Pair(form: ChangedForm), "kostenuebernahme", publish: false)).Deployed);

        Assert.Equal(1, (await h.Definitions.ResolveFormAsync(published.Id, Reference("latest")))!.Version);

        await h.Definitions.PublishAsync(draft.Id);
        Assert.Equal(2, (await h.Definitions.ResolveFormAsync(published.Id, Reference("latest")))!.Version);
    }

    [Fact]
    public async Task A_later_BPMN_may_reference_a_published_form_by_latest_without_deploying_it_again()
    {
        await using var h = await StoreHarness.CreateAsync();
        await h.Definitions.DeployAsync(Pair(), "kostenuebernahme");
        var latestOnly = BpmnXml.Replace("camunda:formRefBinding=\"deployment\"", "camunda:formRefBinding=\"latest\"", StringComparison.Ordinal)
            .Replace("Process_Kostenuebernahme", "Process_Zweitpruefung", StringComparison.Ordinal);

        var result = await h.Definitions.DeployAsync(latestOnly, "zweitpruefung.bpmn");

        Assert.True(result.Success, string.Join("; ", result.Problems.Select(p => p.Message)));
        Assert.Equal(1, (await h.Definitions.ResolveFormAsync(Assert.Single(result.Deployed).Id, Reference("latest")))!.Version);
    }

    [Fact]
    public async Task Two_BPMN_files_in_one_deployment_are_refused()
    {
        await using var h = await StoreHarness.CreateAsync();

        var result = await h.Definitions.DeployAsync([.. Pair(), new DeploymentFile("zwei.bpmn", Encoding.UTF8.GetBytes(BpmnXml))], "zwei");

        Assert.Equal("deployment-bpmn-count", Assert.Single(result.Problems).Rule);
    }

    [Fact]
    public async Task A_workflow_folder_deploys_each_BPMN_with_the_forms_it_references()
    {
        using var folder = new TempDirectory();
        File.Copy(Path.Combine(Folder, "kostenuebernahme.bpmn"), Path.Combine(folder.Path, "kostenuebernahme.bpmn"));
        File.Copy(Path.Combine(Folder, "antrag-pruefen.form"), Path.Combine(folder.Path, "antrag-pruefen.form"));
        File.Copy(Path.Combine(AppContext.BaseDirectory, "Persistence", "user-task.bpmn"), Path.Combine(folder.Path, "user-task.bpmn"));
        var time = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(new DateTimeOffset(2026, 11, 25, 8, 0, 0, TimeSpan.Zero));
        using var data = new TempDirectory();
        await using var host = await RuntimeHost.StartAsync(data.Path, time);

        var results = await host.Runtime.DeployDirectoryAsync(folder.Path);

        Assert.All(results.Values, r => Assert.True(r.Success, string.Join("; ", r.Problems.Select(p => p.Message))));
        var definition = Assert.Single(results["kostenuebernahme.bpmn"].Deployed);
        Assert.Equal(1, (await host.Runtime.Definitions.ResolveFormAsync(definition.Id, Reference("deployment")))!.Version);
        Assert.DoesNotContain(results["user-task.bpmn"].Problems, p => p.Rule == "form-unused");
    }
}
