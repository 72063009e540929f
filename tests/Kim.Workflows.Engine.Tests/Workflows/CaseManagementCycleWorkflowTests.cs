using Kim.Workflows.Engine.Execution.Effects;

namespace Kim.Workflows.Engine.Tests.Workflows;

public class CaseManagementCycleWorkflowTests
{
    private const string File = "case-management-cycle.bpmn";
    private const string Case = "KIM-2026-0042";

    private static readonly DateTimeOffset FirstDue = new(2026, 9, 2, 8, 0, 0, TimeSpan.Zero);

    private static Dictionary<string, object?> Plan(DateTimeOffset due) => new()
    {
        ["reassessmentDue"] = due, ["reminderAt"] = due.AddDays(-14), ["escalationAt"] = due.AddDays(7),
    };

    private static async Task PhaseAsync(WorkflowHarness h, string elementId, string phase)
    {
        var job = await h.CompleteJobAsync(elementId);
        Assert.Equal("casePhase", job.HandlerName);
        Assert.Equal(phase, job.Inputs["phase"]);
    }

    /// <summary>The hand-over after a form: <c>caseFileRecord</c> with what to record, and the form's values visible to it.</summary>
    private static async Task<JobCreated> RecordAsync(WorkflowHarness h, string elementId, string eintrag)
    {
        var job = await h.CompleteJobAsync(elementId);
        Assert.Equal("caseFileRecord", job.HandlerName);
        Assert.Equal(eintrag, job.Inputs["eintrag"]);
        return job;
    }

    private static async Task<(WorkflowHarness H, Guid Id)> AfterErstberatungAsync(string weiteresVorgehen)
    {
        var h = new WorkflowHarness();
        var id = await h.StartAsync("case-management-cycle", Case, new()
        {
            ["caseNumber"] = Case, ["district"] = "ahlen", ["caseManager"] = "cm.ahlen1",
            ["caseManagerEmail"] = "cm.ahlen1@kreis-warendorf.de", ["coordinationEmail"] = "koordination.ahlen@kreis-warendorf.de",
        });
        await PhaseAsync(h, "Task_PhaseZugangssteuerung", "Zugangssteuerung");
        Assert.Equal("cm.ahlen1", h.TaskCreated("Task_Zugangssteuerung").Task.Assignee);
        await h.CompleteTaskAsync("Task_Zugangssteuerung", new() { ["zugangsweg"] = "jobcenter", ["teilnahmeFreiwillig"] = true });
        await PhaseAsync(h, "Task_PhaseErstberatung", "Erstberatung");
        var erst = h.TaskCreated("Task_Erstberatung");
        Assert.Equal(["cm-ahlen"], erst.Task.CandidateGroups);
        await h.CompleteTaskAsync("Task_Erstberatung", new()
        {
            ["erstberatungAm"] = "2026-03-02", ["anliegen"] = "Arbeit und Sprachkurs", ["rechtskreisSgb2"] = true, ["weiteresVorgehen"] = weiteresVorgehen,
        });
        return (h, id);
    }

    /// <summary>Own case management from Assessment to the first Monitoring task.</summary>
    private static async Task<(WorkflowHarness H, Guid Id)> MonitoringAsync()
    {
        var (h, id) = await AfterErstberatungAsync("fallmanagement");
        await PhaseAsync(h, "Task_PhaseAssessment", "Assessment");
        await h.CompleteTaskAsync("Task_Assessment", new()
        {
            ["lastAssessmentAt"] = "2026-03-03", ["bedarfSprache"] = "dringend", ["lbSprache"] = "A2 fehlt", ["assessmentZusammenfassung"] = "Sprache und Arbeit vorrangig",
        });
        var assessment = await RecordAsync(h, "Task_AssessmentErfassen", "assessment");
        Assert.Equal("dringend", assessment.Inputs["bedarfSprache"]);
        await GoalsAsync(h);
        await h.CompleteJobAsync("Task_ReassessmentPlanen", Plan(FirstDue));
        Assert.Equal(FirstDue, h.TimerDue("BoundaryEvent_ReassessmentFaellig"));
        Assert.Equal(FirstDue, h.TaskCreated("Task_Monitoring").Task.DueDate);
        return (h, id);
    }

    private static async Task GoalsAsync(WorkflowHarness h)
    {
        await PhaseAsync(h, "Task_PhaseZielplanung", "Zielplanung");
        await h.CompleteTaskAsync("Task_Ergebnisziele", new() { ["ergebnisziele"] = "Sprache: B1-Zertifikat bis Ende 2026", ["lebensbereich"] = "sprache" });
        var goals = await RecordAsync(h, "Task_ZieleErfassen", "ergebnisziele");
        Assert.Equal("Sprache: B1-Zertifikat bis Ende 2026", goals.Inputs["ergebnisziele"]);
        await PhaseAsync(h, "Task_PhaseZielvereinbarung", "Zielvereinbarung");
        await h.CompleteTaskAsync("Task_Zielvereinbarung", new() { ["zielvereinbarungAm"] = "2026-03-10", ["vereinbarteZiele"] = "B1-Zertifikat bis Ende 2026" });
        await RecordAsync(h, "Task_ZielvereinbarungErfassen", "zielvereinbarung");
        await PhaseAsync(h, "Task_PhaseLeistungssteuerung", "Leistungssteuerung");
        await h.CompleteTaskAsync("Task_Leistungssteuerung", new() { ["leistungen"] = "Integrationskurs; VHS Ahlen; angefragt" });
        await RecordAsync(h, "Task_LeistungenErfassen", "leistungen");
        await PhaseAsync(h, "Task_PhaseMonitoring", "Monitoring");
    }

    private static async Task ReAssessmentAsync(WorkflowHarness h, string ergebnis)
    {
        await PhaseAsync(h, "Task_PhaseReAssessment", "ReAssessment");
        await h.CompleteTaskAsync("Task_ReAssessment", new()
        {
            ["lastAssessmentAt"] = h.Time.GetUtcNow().ToString("yyyy-MM-dd"), ["veraenderungen"] = "Sprachkurs begonnen, Wohnung gefunden", ["reassessmentErgebnis"] = ergebnis,
        });
        await RecordAsync(h, "Task_ReAssessmentErfassen", "reassessment");
    }

    [Fact]
    public void File_validates_with_the_known_handlers() => WorkflowFileChecks.AssertValid(File);

    [Fact]
    public void Diagram_has_a_shape_for_every_node_and_an_edge_for_every_flow() => WorkflowFileChecks.AssertDiagramComplete(File);

    [Fact]
    public void Diagram_shapes_do_not_overlap() => WorkflowFileChecks.AssertNoOverlaps(File);

    [Fact]
    public async Task Happy_path_runs_the_cycle_with_a_timed_reassessment_and_closes_the_case()
    {
        var (h, id) = await MonitoringAsync();
        var planned = Assert.Single(h.Effects.OfType<MessageThrown>());
        Assert.Equal("ReAssessment_Geplant", planned.MessageName);
        Assert.Equal(Case, planned.BusinessKey);

        await h.FireTimerAsync("BoundaryEvent_ReassessmentFaellig");
        Assert.Equal(0, h.CountWaiting("Task_Monitoring"));
        await ReAssessmentAsync(h, "fortsetzen");
        Assert.Contains(h.Effects.OfType<MessageThrown>(), m => m.MessageName == "ReAssessment_Erledigt");

        await PhaseAsync(h, "Task_PhaseMonitoring", "Monitoring");
        var second = FirstDue.AddMonths(6);
        await h.CompleteJobAsync("Task_ReassessmentPlanen", Plan(second));
        Assert.Equal(second, h.TimerDue("BoundaryEvent_ReassessmentFaellig"));
        await h.FireTimerAsync("BoundaryEvent_ReassessmentFaellig");
        await ReAssessmentAsync(h, "abschluss");

        await PhaseAsync(h, "Task_PhaseAbgeschlossen", "Abgeschlossen");
        await h.CompleteTaskAsync("Task_Abschluss", new()
        {
            ["abschlussAm"] = "2027-03-02", ["abschlussgrund"] = "ziele-erreicht", ["zielerreichung"] = "ueberwiegend",
            ["zielerreichungBeschreibung"] = "B1 erreicht, Ausbildung im Einzelhandel begonnen",
        });

        // The closing reason and goal achievement of the last task reach the case file as inputs of a casePhase call.
        var closing = await h.CompleteJobAsync("Task_FallSchliessen");
        Assert.Equal("casePhase", closing.HandlerName);
        Assert.Equal("Abgeschlossen", closing.Inputs["phase"]);
        Assert.Equal("ziele-erreicht", closing.Inputs["abschlussgrund"]);
        Assert.Equal("ueberwiegend", closing.Inputs["zielerreichung"]);
        h.AssertEnded(id, "EndEvent_Abgeschlossen");
    }

    [Fact]
    public async Task Verweisberatung_ends_with_a_referral()
    {
        var (h, id) = await AfterErstberatungAsync("verweisberatung");
        await PhaseAsync(h, "Task_PhaseVerweisberatung", "Verweisberatung");
        await h.CompleteTaskAsync("Task_Verweisberatung", new() { ["verweisAn"] = "sgb2", ["verweisAm"] = "2026-03-04", ["uebergabeVereinbart"] = true });
        await PhaseAsync(h, "Task_PhaseAbgeschlossenVerweis", "Abgeschlossen");
        h.AssertEnded(id, "EndEvent_Verwiesen");
        Assert.False(h.Reached("Task_Assessment"));
    }

    [Fact]
    public async Task Reassessment_can_adjust_goals_and_loops_back_to_goal_planning()
    {
        var (h, id) = await MonitoringAsync();
        await h.CompleteTaskAsync("Task_Monitoring", new() { ["monitoringErgebnis"] = "reassessment", ["neuesIntervall"] = null });
        Assert.Equal(0, h.CountWaiting("BoundaryEvent_ReassessmentFaellig"));
        await ReAssessmentAsync(h, "ziele-anpassen");
        await GoalsAsync(h);
        Assert.Equal(["Task_ReassessmentPlanen"], h.WaitingAt(id).Where(e => e.StartsWith("Task_", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Changed_interval_replans_the_cycle_and_is_reported()
    {
        var (h, id) = await MonitoringAsync();
        await h.CompleteTaskAsync("Task_Monitoring", new() { ["monitoringErgebnis"] = "neuplanung", ["neuesIntervall"] = "P3M" });
        var planner = await h.CompleteJobAsync("Task_ReassessmentNeuPlanen", Plan(new DateTimeOffset(2026, 6, 3, 8, 0, 0, TimeSpan.Zero)));
        Assert.Equal("P3M", planner.Inputs["reassessmentInterval"]);
        Assert.Equal("P3M", h.Instance(id).Variables["reassessmentInterval"]);
        Assert.Contains(h.Effects.OfType<MessageThrown>(), m => m.MessageName == "Intervall_Geaendert");
        Assert.Equal(new DateTimeOffset(2026, 6, 3, 8, 0, 0, TimeSpan.Zero), h.TimerDue("BoundaryEvent_ReassessmentFaellig"));

        // an empty field keeps the configured interval
        await h.CompleteTaskAsync("Task_Monitoring", new() { ["monitoringErgebnis"] = "neuplanung", ["neuesIntervall"] = null });
        var again = await h.CompleteJobAsync("Task_ReassessmentNeuPlanen", Plan(new DateTimeOffset(2026, 6, 3, 8, 0, 0, TimeSpan.Zero)));
        Assert.Equal("P3M", again.Inputs["reassessmentInterval"]);
        Assert.Equal("P3M", h.Instance(id).Variables["reassessmentInterval"]);
    }

    [Fact]
    public async Task Overdue_reassessment_escalates_through_the_reminder_process_until_the_cycle_reports_it_done()
    {
        var (h, cycle) = await MonitoringAsync();

        // the host routes the thrown message: it starts the reminder process for the same case
        var planned = h.Effects.OfType<MessageThrown>().Single(m => m.MessageName == "ReAssessment_Geplant");
        var started = await h.CorrelateAsync(planned.MessageName, planned.BusinessKey!, new Dictionary<string, object?>(planned.Variables));
        var reminder = started.InstanceId!.Value;
        await h.CompleteJobAsync("Task_TerminBerechnen", Plan(FirstDue));
        await h.FireTimerAsync("Event_Erinnerungszeitpunkt");
        await h.CompleteJobAsync("Task_ErinnerungSenden");
        await h.FireTimerAsync("BoundaryEvent_ReassessmentFaellig");
        await PhaseAsync(h, "Task_PhaseReAssessment", "ReAssessment");
        await h.FireTimerAsync("Event_Ueberfaellig");
        var escalation = await h.CompleteJobAsync("Task_EskalationSenden");
        Assert.Equal("koordination.ahlen@kreis-warendorf.de", escalation.Inputs["to"]);
        Assert.Contains("Task_ReAssessment", h.WaitingAt(cycle));
        Assert.Equal(FirstDue, h.TaskCreated("Task_ReAssessment").Task.DueDate);

        await h.CompleteTaskAsync("Task_ReAssessment", new()
        {
            ["lastAssessmentAt"] = "2026-09-10", ["veraenderungen"] = "Sprachkurs abgeschlossen", ["reassessmentErgebnis"] = "fortsetzen",
        });
        Assert.DoesNotContain(h.Effects.OfType<MessageThrown>(), m => m.MessageName == "ReAssessment_Erledigt"); // only after the hand-over
        await RecordAsync(h, "Task_ReAssessmentErfassen", "reassessment");
        var done = h.Effects.OfType<MessageThrown>().Single(m => m.MessageName == "ReAssessment_Erledigt");
        await h.CorrelateAsync(done.MessageName, done.BusinessKey!);
        h.AssertEnded(reminder, "EndEvent_Erledigt");
        Assert.Contains("Task_PhaseMonitoring", h.WaitingAt(cycle));
    }

    [Fact]
    public async Task Beratung_Starten_starts_a_Fallkonferenz_a_consultation_or_outreach_from_an_active_phase()
    {
        var (h, id) = await AfterErstberatungAsync("fallmanagement");
        await PhaseAsync(h, "Task_PhaseAssessment", "Assessment");

        await h.CorrelateAsync("Beratung_Starten", Case, new() { ["beratungsart"] = "fallkonferenz", ["conferenceId"] = "FK-1" });
        var conference = h.Store.All().Single(i => i.ProcessKey == "fallkonferenz");
        Assert.Equal(Case, conference.BusinessKey);
        Assert.Equal("FK-1", conference.Variables["conferenceId"]);
        Assert.Equal("cm.ahlen1", h.TaskCreated("Task_Planen").Task.Assignee);

        await h.CorrelateAsync("Beratung_Starten", Case, new() { ["beratungsart"] = "abh", ["consultationId"] = "KONS-1", ["authorityPartnerId"] = "abh" });
        Assert.Equal("KONS-1", h.Store.All().Single(i => i.ProcessKey == "abh-consultation").Variables["consultationId"]);

        await h.CorrelateAsync("Beratung_Starten", Case, new() { ["beratungsart"] = "aufsuchend" });
        await h.CompleteTaskAsync("Task_AufsuchendesFallmanagement", new() { ["kontaktAm"] = "2026-03-05", ["kontaktAnlass"] = "Hausbesuch" });
        Assert.True(h.Reached("EndEvent_Aufsuchend"));

        Assert.Contains("Task_Assessment", h.WaitingAt(id)); // the active phase goes on
        Assert.Contains("BoundaryEvent_BeratungStarten", h.WaitingAt(id));
    }
}
