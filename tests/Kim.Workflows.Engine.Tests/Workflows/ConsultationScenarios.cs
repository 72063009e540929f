using System.Xml.Linq;
using Kim.Workflows.Engine.Execution.Effects;

namespace Kim.Workflows.Engine.Tests.Workflows;

/// <summary>The ABH and EBH consultations share their shape; each workflow's test class runs these scenarios.</summary>
public abstract class ConsultationScenarios
{
    protected const string Case = "KIM-2026-0213";

    protected abstract string File { get; }

    protected abstract string ProcessKey { get; }

    protected abstract string Authority { get; }

    protected abstract string Group { get; }

    protected abstract string Theme { get; }

    protected abstract string DataCategory { get; }

    protected abstract Dictionary<string, object?> Checklist { get; }

    private async Task<(WorkflowHarness H, Guid Id)> StartAsync()
    {
        var h = new WorkflowHarness();
        var id = await h.StartAsync(ProcessKey, Case, new()
        {
            ["caseNumber"] = Case, ["consultationId"] = "KONS-5", ["district"] = "nordkreis", ["caseManager"] = "cm.telgte",
            ["caseManagerEmail"] = "cm.telgte@kreis-warendorf.de", ["coordinationEmail"] = "koordination.nordkreis@kreis-warendorf.de",
            ["authorityEmail"] = "behoerde@kreis-warendorf.de", ["authorityPartnerId"] = Authority.ToLowerInvariant(),
        });
        await h.CompleteTaskAsync("Task_AnfrageStellen", new() { ["anfrageThema"] = Theme, ["frage"] = "Sind die Voraussetzungen erfüllt?", ["aktenzeichen"] = null });
        return (h, id);
    }

    private async Task<(WorkflowHarness H, Guid Id)> RequestedAsync()
    {
        var (h, id) = await StartAsync();
        var consent = await h.CompleteJobAsync("Task_EinwilligungPruefen", new()
        {
            ["invitedPartners"] = new List<object?> { Authority.ToLowerInvariant() }, ["refusedPartners"] = new List<object?>(), ["hasRefusals"] = false,
        });
        Assert.Equal(new List<object?> { Authority.ToLowerInvariant() }, consent.Inputs["partners"]);
        Assert.Equal(new List<object?> { DataCategory }, consent.Inputs["dataCategories"]);
        var request = await h.CompleteJobAsync("Task_AnfrageSenden");
        Assert.Equal("authorityRequest", request.HandlerName);
        Assert.Equal(Authority, request.Inputs["authority"]);
        Assert.Equal("KONS-5", request.Inputs["consultationId"]);
        var task = h.TaskCreated("Task_Pruefen");
        Assert.Equal([Group], task.Task.CandidateGroups);
        Assert.Equal(h.Time.GetUtcNow().AddDays(14), task.Task.DueDate);
        return (h, id);
    }

    private Task AnswerAsync(WorkflowHarness h, string result) =>
        h.CompleteTaskAsync("Task_Pruefen", new Dictionary<string, object?>(Checklist)
        {
            ["ergebnis"] = result, ["begruendung"] = "Prüfung nach Aktenlage",
            ["fehlendeUnterlagen"] = result == "unterlagen-fehlen" ? "Schulbescheinigungen 2023–2025" : null,
        });

    private static async Task NoticeAsync(WorkflowHarness h, string expected)
    {
        var notice = await h.CompleteJobAsync("Task_AntwortMelden");
        Assert.Equal("authorityAnswerNotice", notice.HandlerName);
        Assert.Equal(expected, notice.Inputs["ergebnis"]);
    }

    [Fact]
    public void File_validates_with_the_known_handlers() => WorkflowFileChecks.AssertValid(File);

    [Fact]
    public void Diagram_has_a_shape_for_every_node_and_an_edge_for_every_flow() => WorkflowFileChecks.AssertDiagramComplete(File);

    [Fact]
    public void Diagram_shapes_do_not_overlap() => WorkflowFileChecks.AssertNoOverlaps(File);

    [Fact]
    public void Authority_task_has_the_checklist_as_boolean_fields_and_a_required_answer()
    {
        var doc = WorkflowHarness.LoadXml(File);
        var task = doc.Descendants().Single(e => (string?)e.Attribute("id") == "Task_Pruefen");
        var fields = task.Descendants().Where(e => e.Name.LocalName == "formField").ToDictionary(f => (string)f.Attribute("id")!);
        Assert.All(Checklist.Keys, k => Assert.Equal("boolean", (string?)fields[k].Attribute("type")));
        var answer = fields["ergebnis"];
        Assert.Equal("enum", (string?)answer.Attribute("type"));
        Assert.Equal(["positiv", "negativ", "unterlagen-fehlen"], answer.Elements().Where(e => e.Name.LocalName == "value").Select(v => (string)v.Attribute("id")!));
        Assert.Contains(answer.Descendants(), c => c.Name.LocalName == "constraint" && (string?)c.Attribute("name") == "required");
    }

    [Fact]
    public async Task Positive_answer_reaches_the_case_manager_as_mail_and_task()
    {
        var (h, id) = await RequestedAsync();
        await AnswerAsync(h, "positiv");
        await NoticeAsync(h, "positiv");
        Assert.Equal("cm.telgte", h.TaskCreated("Task_AntwortAuswerten").Task.Assignee);
        await h.CompleteTaskAsync("Task_AntwortAuswerten", new() { ["naechsteSchritte"] = "Antrag vorbereiten" });
        h.AssertEnded(id, "EndEvent_Positiv");
        Assert.DoesNotContain(h.Effects.OfType<JobCreated>(), j => j.HandlerName == "mail-send");
    }

    [Fact]
    public async Task Negative_decision_ends_negative()
    {
        var (h, id) = await RequestedAsync();
        await AnswerAsync(h, "negativ");
        await NoticeAsync(h, "negativ");
        await h.CompleteTaskAsync("Task_AntwortAuswerten", new() { ["naechsteSchritte"] = "Perspektive besprechen" });
        h.AssertEnded(id, "EndEvent_Negativ");
    }

    [Fact]
    public async Task Missing_documents_loop_back_to_the_case_manager_and_the_request_is_sent_again()
    {
        var (h, id) = await RequestedAsync();
        await AnswerAsync(h, "unterlagen-fehlen");
        await NoticeAsync(h, "unterlagen-fehlen");
        Assert.Equal(["Task_UnterlagenNachreichen"], h.WaitingAt(id));
        await h.CompleteTaskAsync("Task_UnterlagenNachreichen", new() { ["nachgereichteUnterlagen"] = "Schulbescheinigungen" });
        await h.CompleteJobAsync("Task_AnfrageSenden");
        Assert.Equal(1, h.CountWaiting("Task_Pruefen"));
        await AnswerAsync(h, "positiv");
        await NoticeAsync(h, "positiv");
        await h.CompleteTaskAsync("Task_AntwortAuswerten", new() { ["naechsteSchritte"] = "Antrag stellen" });
        h.AssertEnded(id, "EndEvent_Positiv");
    }

    [Fact]
    public async Task Late_answer_triggers_reminder_after_14_days_and_escalation_to_coordination_after_21()
    {
        var (h, id) = await RequestedAsync();
        var asked = h.Time.GetUtcNow();
        await h.FireTimerAsync("BoundaryEvent_Frist");
        var reminder = await h.CompleteJobAsync("Task_ErinnerungSenden");
        Assert.Equal("mail-send", reminder.HandlerName);
        Assert.Equal("aufgabe-zugewiesen", reminder.Inputs["template"]);
        Assert.Equal("behoerde@kreis-warendorf.de", reminder.Inputs["to"]);
        Assert.Equal(asked.AddDays(14), h.Time.GetUtcNow());
        Assert.Contains("Task_Pruefen", h.WaitingAt(id));

        await h.FireTimerAsync("BoundaryEvent_Eskalation");
        var escalation = await h.CompleteJobAsync("Task_EskalationSenden");
        Assert.Equal("koordination.nordkreis@kreis-warendorf.de", escalation.Inputs["to"]);
        Assert.Equal(asked.AddDays(21), h.Time.GetUtcNow());

        await AnswerAsync(h, "positiv");
        await NoticeAsync(h, "positiv");
        await h.CompleteTaskAsync("Task_AntwortAuswerten", new() { ["naechsteSchritte"] = "weiter" });
        h.AssertEnded(id, "EndEvent_Positiv");
    }

    [Fact]
    public async Task Without_consent_nothing_is_sent_and_the_case_manager_decides()
    {
        var (h, id) = await StartAsync();
        var refused = new Dictionary<string, object?>
        {
            ["invitedPartners"] = new List<object?>(),
            ["refusedPartners"] = new List<object?> { new Dictionary<string, object?> { ["partnerId"] = Authority.ToLowerInvariant(), ["name"] = Authority, ["reason"] = "abgelaufen" } },
            ["hasRefusals"] = true,
        };
        await h.CompleteJobAsync("Task_EinwilligungPruefen", refused);
        await h.CompleteTaskAsync("Task_EinwilligungFehlt", new() { ["vorgehenEinwilligung"] = "erneut" });
        await h.CompleteJobAsync("Task_EinwilligungPruefen", refused);
        await h.CompleteTaskAsync("Task_EinwilligungFehlt", new() { ["vorgehenEinwilligung"] = "abbrechen" });
        h.AssertEnded(id, "EndEvent_Abgebrochen");
        Assert.DoesNotContain(h.Effects.OfType<JobCreated>(), j => j.HandlerName == "authorityRequest");
    }
}
