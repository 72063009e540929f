namespace Kim.Workflows.Engine.Tests.Workflows;

public class ReassessmentReminderWorkflowTests
{
    private const string File = "reassessment-reminder.bpmn";
    private const string Case = "KIM-2026-0042";

    private static readonly DateTimeOffset Due = new(2026, 9, 1, 8, 0, 0, TimeSpan.Zero);

    private static Dictionary<string, object?> Plan(DateTimeOffset due) => new()
    {
        ["reassessmentDue"] = due,
        ["reminderAt"] = due.AddDays(-14),
        ["escalationAt"] = due.AddDays(7),
    };

    private static async Task<(WorkflowHarness H, Guid Id)> StartAsync()
    {
        var h = new WorkflowHarness();
        var id = await h.StartAsync("reassessment-reminder", Case, new()
        {
            ["caseNumber"] = Case, ["district"] = "ahlen", ["caseManager"] = "cm.ahlen1", ["caseManagerEmail"] = "fallmanagement.ahlen@kreis-warendorf.de",
            ["coordinationEmail"] = "koordination.ahlen@kreis-warendorf.de", ["lastAssessmentAt"] = "2026-03-01",
        });
        var planner = await h.CompleteJobAsync("Task_TerminBerechnen", Plan(Due));
        Assert.Equal("reassessmentPlanner", planner.HandlerName);
        Assert.Equal("2026-03-01", planner.Inputs["lastAssessmentAt"]);
        return (h, id);
    }

    [Fact]
    public void File_validates_with_the_known_handlers() => WorkflowFileChecks.AssertValid(File);

    [Fact]
    public void Diagram_has_a_shape_for_every_node_and_an_edge_for_every_flow() => WorkflowFileChecks.AssertDiagramComplete(File);

    [Fact]
    public void Diagram_shapes_do_not_overlap() => WorkflowFileChecks.AssertNoOverlaps(File);

    [Fact]
    public async Task Reminds_fourteen_days_before_and_ends_when_the_reassessment_is_done()
    {
        var (h, id) = await StartAsync();
        Assert.Equal(Due.AddDays(-14), h.TimerDue("Event_Erinnerungszeitpunkt"));

        await h.FireTimerAsync("Event_Erinnerungszeitpunkt");
        var mail = await h.CompleteJobAsync("Task_ErinnerungSenden");
        Assert.Equal("mail-send", mail.HandlerName);
        Assert.Equal("reassessment-erinnerung", mail.Inputs["template"]);
        Assert.Equal("fallmanagement.ahlen@kreis-warendorf.de", mail.Inputs["to"]);
        var task = h.TaskCreated("Task_ReAssessmentVorbereiten");
        Assert.Equal("cm.ahlen1", task.Task.Assignee);
        Assert.Equal(["cm-ahlen"], task.Task.CandidateGroups);
        Assert.Equal(Due, task.Task.DueDate);
        await h.CompleteTaskAsync("Task_ReAssessmentVorbereiten", new() { ["reassessmentTermin"] = "2026-08-28" });
        Assert.Equal(["Event_Ueberfaellig"], h.WaitingAt(id).Where(e => !e.StartsWith("Boundary", StringComparison.Ordinal)));

        await h.CorrelateAsync("ReAssessment_Erledigt", Case);
        h.AssertEnded(id, "EndEvent_Erledigt");
        Assert.Equal(0, h.Effects.OfType<Kim.Workflows.Engine.Execution.Effects.JobCreated>().Count(j => j.ElementId == "Task_EskalationSenden"));
    }

    [Fact]
    public async Task Escalates_to_the_coordination_seven_days_after_due_and_repeats_weekly_until_done()
    {
        var (h, id) = await StartAsync();
        await h.FireTimerAsync("Event_Erinnerungszeitpunkt");
        await h.CompleteJobAsync("Task_ErinnerungSenden");
        Assert.Equal(Due.AddDays(7), h.TimerDue("Event_Ueberfaellig"));

        await h.FireTimerAsync("Event_Ueberfaellig");
        var escalation = await h.CompleteJobAsync("Task_EskalationSenden");
        Assert.Equal("reassessment-eskalation", escalation.Inputs["template"]);
        Assert.Equal("koordination.ahlen@kreis-warendorf.de", escalation.Inputs["to"]);
        Assert.Equal("ahlen", escalation.Inputs["bezirk"]);
        Assert.Equal(Due.AddDays(14), h.TimerDue("Event_Wiederholung"));

        await h.FireTimerAsync("Event_Wiederholung");
        await h.CompleteJobAsync("Task_EskalationSenden");
        Assert.Equal(Due.AddDays(21), h.TimerDue("Event_Wiederholung"));
        Assert.Contains("Task_ReAssessmentVorbereiten", h.WaitingAt(id)); // the case manager's reminder task stays open

        await h.CorrelateAsync("ReAssessment_Erledigt", Case);
        h.AssertEnded(id, "EndEvent_Erledigt");
        Assert.Equal(0, h.CountWaiting("Task_ReAssessmentVorbereiten"));
    }

    [Fact]
    public async Task Changed_interval_plans_again_with_the_new_interval()
    {
        var (h, id) = await StartAsync();
        await h.CorrelateAsync("Intervall_Geaendert", Case, new() { ["reassessmentInterval"] = "P3M" });
        Assert.Equal(["Task_TerminBerechnen"], h.WaitingAt(id));
        var planner = await h.CompleteJobAsync("Task_TerminBerechnen", Plan(new DateTimeOffset(2026, 6, 1, 8, 0, 0, TimeSpan.Zero)));
        Assert.Equal("P3M", planner.Inputs["reassessmentInterval"]);
        Assert.Equal(new DateTimeOffset(2026, 5, 18, 8, 0, 0, TimeSpan.Zero), h.TimerDue("Event_Erinnerungszeitpunkt"));
        Assert.Equal(1, h.CountWaiting("Event_Erinnerungszeitpunkt"));
    }

    [Fact]
    public async Task The_case_management_cycle_can_start_it_by_message()
    {
        var h = new WorkflowHarness();
        var result = await h.Engine.CorrelateMessageAsync("ReAssessment_Geplant", Case, null, new Dictionary<string, object?>
        {
            ["caseNumber"] = Case, ["district"] = "beckum", ["caseManager"] = "cm.beckum1", ["caseManagerEmail"] = "cm@example.org",
            ["coordinationEmail"] = "ko@example.org", ["lastAssessmentAt"] = "2026-03-01",
        });
        Assert.Equal(Kim.Workflows.Engine.Commands.CorrelationOutcome.StartedInstance, result.Outcome);
        Assert.Contains("Task_TerminBerechnen", h.WaitingAt(result.InstanceId));
    }
}
