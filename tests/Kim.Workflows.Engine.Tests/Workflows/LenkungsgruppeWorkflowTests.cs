using Kim.Workflows.Engine.Execution.Effects;

namespace Kim.Workflows.Engine.Tests.Workflows;

public class LenkungsgruppeWorkflowTests
{
    private const string File = "lenkungsgruppe.bpmn";
    private const string Meeting = "5b0f2c0e-7a51-4d39-9f0e-3f4c1d2e8a11";

    // 24.06.2026 10:00 in Berlin (CEST) is 08:00 UTC
    private static readonly DateTimeOffset Start = new(2026, 6, 24, 8, 0, 0, TimeSpan.Zero);

    private static readonly List<object?> Members = ["jobcenter-kreis-warendorf", "auslaenderbehoerde-kreis-warendorf", "Stadt Ahlen <integration@ahlen.example>"];

    private static async Task<(WorkflowHarness H, Guid Id)> InvitedAsync()
    {
        var h = new WorkflowHarness();
        var id = await h.StartAsync("lenkungsgruppe", Meeting, new()
        {
            ["meetingId"] = Meeting, ["coordinator"] = "koord.leitung", ["coordinatorEmail"] = "koordination@kreis-warendorf.example",
            ["meetingTitle"] = "Sitzung der Lenkungsgruppe KIM", ["members"] = Members,
        });
        Assert.Equal(["Task_Planen"], h.WaitingAt(id));
        var planning = h.TaskCreated("Task_Planen").Task;
        Assert.Equal("koord.leitung", planning.Assignee);
        Assert.Contains("koordination-kreis", planning.CandidateGroups);
        await h.CompleteTaskAsync("Task_Planen", new()
        {
            ["meetingDate"] = "2026-06-24", ["meetingTime"] = "10:00", ["durationMinutes"] = 120L, ["location"] = "Kreishaus Warendorf, Sitzungssaal",
            ["videoLink"] = null, ["hinweis"] = "Bitte Zahlen zu Sprachkursplätzen mitbringen.",
        });
        var invitations = await h.CompleteJobAsync("Task_EinladungenSenden", new() { ["invitationsSent"] = 3L, ["agendaText"] = "1. Sprachkursplätze Südkreis\n2. Anerkennung" });
        Assert.Equal("steeringInvitations", invitations.HandlerName);
        Assert.Equal("REQUEST", invitations.Inputs["invitationMethod"]);
        Assert.Equal("2026-06-24T10:00", invitations.Inputs["meetingStart"]);
        Assert.Equal("2026-06-24T12:00", invitations.Inputs["meetingEnd"]);
        Assert.Null(invitations.Inputs["previousMeetingStart"]);
        Assert.Equal(Members, invitations.Inputs["members"]);
        return (h, id);
    }

    [Fact]
    public void File_validates_with_the_known_handlers() => WorkflowFileChecks.AssertValid(File);

    [Fact]
    public void Diagram_has_a_shape_for_every_node_and_an_edge_for_every_flow() => WorkflowFileChecks.AssertDiagramComplete(File);

    [Fact]
    public void Diagram_shapes_do_not_overlap() => WorkflowFileChecks.AssertNoOverlaps(File);

    [Fact]
    public async Task Happy_path_from_planning_to_the_protocol()
    {
        var (h, id) = await InvitedAsync();
        Assert.Equal(Start.AddDays(-1), h.TimerDue("Event_Vortag"));
        Assert.Contains("BoundaryEvent_Verschoben", h.WaitingAt(id));
        Assert.Contains("BoundaryEvent_Abgesagt", h.WaitingAt(id));

        await h.FireTimerAsync("Event_Vortag");
        var reminder = await h.CompleteJobAsync("Task_Erinnern", new() { ["remindersSent"] = 3L });
        Assert.Equal("steeringReminder", reminder.HandlerName);
        Assert.Equal(Start, h.TaskCreated("Task_Durchfuehren").Task.DueDate);
        await h.CompleteTaskAsync("Task_Durchfuehren", new() { ["teilnehmende"] = "Jobcenter, Ausländerbehörde, Stadt Ahlen" });

        var decisionsTask = h.TaskCreated("Task_BeschluesseErfassen").Task;
        Assert.Equal(Start.AddDays(7), decisionsTask.DueDate);
        Assert.Equal("1. Sprachkursplätze Südkreis\n2. Anerkennung", h.Instance(id).Variables["agendaText"]);
        await h.CompleteTaskAsync("Task_BeschluesseErfassen", new()
        {
            ["beschluesse"] = "1: VHS und Jobcenter prüfen zwei zusätzliche Kurse", ["weitereBeschluesse"] = null, ["naechsteSitzung"] = "2026-09-23",
        });
        var decisions = await h.CompleteJobAsync("Task_BeschluesseSpeichern", new() { ["decisionsRecorded"] = 1L });
        Assert.Equal("steeringDecisions", decisions.HandlerName);
        Assert.Equal("1: VHS und Jobcenter prüfen zwei zusätzliche Kurse", decisions.Inputs["beschluesse"]);
        var protocol = await h.CompleteJobAsync("Task_ProtokollVersenden", new() { ["protocolsSent"] = 3L });
        Assert.Equal("steeringProtocol", protocol.HandlerName);
        Assert.Equal("Jobcenter, Ausländerbehörde, Stadt Ahlen", protocol.Inputs["teilnehmende"]);
        h.AssertEnded(id, "EndEvent_Abgeschlossen");
        Assert.False(h.Reached("Task_AbsageSenden"));
    }

    [Fact]
    public async Task Rescheduling_sends_updated_invitations_with_the_new_date_and_moves_the_reminder()
    {
        var (h, id) = await InvitedAsync();
        await h.CorrelateAsync("Lenkungsgruppe_Verschoben", Meeting, new() { ["meetingDate"] = "2026-07-01", ["meetingTime"] = "14:00", ["aenderungsgrund"] = "Sitzungssaal belegt" });
        Assert.Equal(["Task_EinladungenSenden"], h.WaitingAt(id));
        var update = await h.CompleteJobAsync("Task_EinladungenSenden", new() { ["invitationsSent"] = 3L });
        Assert.Equal("REQUEST", update.Inputs["invitationMethod"]);
        Assert.Equal("2026-07-01T14:00", update.Inputs["meetingStart"]);
        Assert.Equal("2026-06-24T10:00", update.Inputs["previousMeetingStart"]);
        Assert.Equal("Sitzungssaal belegt", update.Inputs["aenderungsgrund"]);
        Assert.Equal(new DateTimeOffset(2026, 6, 30, 12, 0, 0, TimeSpan.Zero), h.TimerDue("Event_Vortag"));
        Assert.Equal(1, h.CountWaiting("Event_Vortag"));

        await h.FireTimerAsync("Event_Vortag");
        await h.CompleteJobAsync("Task_Erinnern");
        Assert.Contains("Task_Durchfuehren", h.WaitingAt(id));
    }

    [Fact]
    public async Task Cancellation_message_sends_cancel_invitations_and_ends()
    {
        var (h, id) = await InvitedAsync();
        await h.FireTimerAsync("Event_Vortag");
        await h.CompleteJobAsync("Task_Erinnern");
        await h.CorrelateAsync("Lenkungsgruppe_Abgesagt", Meeting, new() { ["absagegrund"] = "Zu wenige Zusagen" });
        Assert.Equal(0, h.CountWaiting("Task_Durchfuehren"));
        var cancel = await h.CompleteJobAsync("Task_AbsageSenden", new() { ["invitationsSent"] = 3L });
        Assert.Equal("steeringInvitations", cancel.HandlerName);
        Assert.Equal("CANCEL", cancel.Inputs["invitationMethod"]);
        Assert.Equal("Zu wenige Zusagen", cancel.Inputs["absagegrund"]);
        h.AssertEnded(id, "EndEvent_Abgesagt");
        Assert.DoesNotContain(h.Effects.OfType<JobCreated>(), j => j.HandlerName == "steeringProtocol");
    }

    [Fact]
    public async Task An_invalid_time_in_the_plan_is_refused_by_the_script()
    {
        var h = new WorkflowHarness();
        var id = await h.StartAsync("lenkungsgruppe", Meeting, new() { ["meetingId"] = Meeting, ["coordinator"] = "koord.leitung", ["members"] = Members });
        var task = h.Instance(id).Subscriptions.Single(s => s.ElementId == "Task_Planen");
        var error = await Assert.ThrowsAsync<Kim.Workflows.Engine.Commands.StepFailedException>(() =>
            h.Engine.CompleteTaskAsync(task.Id, new Dictionary<string, object?> { ["meetingDate"] = "2026-06-24", ["meetingTime"] = "zehn" }));
        Assert.Contains("Uhrzeit (HH:MM) der Sitzung ist ungültig", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(h.Effects.OfType<JobCreated>(), j => j.HandlerName == "steeringInvitations");
    }
}
