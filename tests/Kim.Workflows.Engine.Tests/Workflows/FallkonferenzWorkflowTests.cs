using Kim.Workflows.Engine.Execution.Effects;

namespace Kim.Workflows.Engine.Tests.Workflows;

public class FallkonferenzWorkflowTests
{
    private const string File = "fallkonferenz.bpmn";
    private const string Case = "KIM-2026-0107";

    // 20.03.2026 14:00 in Berlin (CET) is 13:00 UTC
    private static readonly DateTimeOffset Start = new(2026, 3, 20, 13, 0, 0, TimeSpan.Zero);

    private static Dictionary<string, object?> Consent(params string[] invited) => new()
    {
        ["invitedPartners"] = invited.ToList<object?>(), ["refusedPartners"] = new List<object?>(), ["hasRefusals"] = false,
    };

    private static async Task<(WorkflowHarness H, Guid Id)> PlannedAsync(string conferenceDate = "2026-03-20")
    {
        var h = new WorkflowHarness();
        var id = await h.StartAsync("fallkonferenz", Case, new()
        {
            ["caseNumber"] = Case, ["conferenceId"] = "FK-17", ["district"] = "suedkreis", ["caseManager"] = "cm.oelde",
            ["caseManagerEmail"] = "cm.oelde@kreis-warendorf.de",
        });
        Assert.Equal(["Task_Planen"], h.WaitingAt(id));
        await h.CompleteTaskAsync("Task_Planen", new()
        {
            ["anlass"] = "Übergang Schule – Ausbildung", ["conferenceDate"] = conferenceDate, ["conferenceTime"] = "14:00", ["durationMinutes"] = 90L,
            ["location"] = "Kreishaus Warendorf, Raum 2.14", ["videoLink"] = null, ["agenda"] = "Stand der Ziele\nAusbildungsplatz",
            ["partnerIds"] = "jobcenter-oelde, jugendamt-kreis", ["dataCategoryIds"] = "arbeit, familie", ["clientAttends"] = true,
        });
        return (h, id);
    }

    private static async Task<(WorkflowHarness H, Guid Id)> InvitedAsync()
    {
        var (h, id) = await PlannedAsync();
        await h.CompleteJobAsync("Task_EinwilligungenPruefen", Consent("jobcenter-oelde", "jugendamt-kreis"));
        var invitations = await h.CompleteJobAsync("Task_EinladungenSenden", new() { ["invitationsSent"] = 2L });
        Assert.Equal("REQUEST", invitations.Inputs["invitationMethod"]);
        return (h, id);
    }

    private static Task<Kim.Workflows.Engine.Commands.CorrelationResult> Answer(WorkflowHarness h, string partner, string answer) =>
        h.CorrelateAsync("Fallkonferenz_Antwort", Case, new() { ["partnerId"] = partner, ["answer"] = answer }, new() { ["conferenceId"] = "FK-17" });

    [Fact]
    public void File_validates_with_the_known_handlers() => WorkflowFileChecks.AssertValid(File);

    [Fact]
    public void Diagram_has_a_shape_for_every_node_and_an_edge_for_every_flow() => WorkflowFileChecks.AssertDiagramComplete(File);

    [Fact]
    public void Diagram_shapes_do_not_overlap() => WorkflowFileChecks.AssertNoOverlaps(File);

    [Fact]
    public async Task Reminder_and_answer_deadline_before_a_monday_conference_move_back_to_friday()
    {
        // Monday 23.03.2026 14:00: the day before is a Sunday, two days before a Saturday (kim:richtung = vorher).
        var (h, _) = await PlannedAsync("2026-03-23");
        await h.CompleteJobAsync("Task_EinwilligungenPruefen", Consent("jobcenter-oelde"));
        await h.CompleteJobAsync("Task_EinladungenSenden", new() { ["invitationsSent"] = 1L });
        var friday = new DateTimeOffset(2026, 3, 20, 13, 0, 0, TimeSpan.Zero);
        Assert.Equal(friday, h.TimerDue("Event_Frist"));

        await Answer(h, "jobcenter-oelde", "accept");
        Assert.Equal(friday, h.TimerDue("Event_Vortag"));
    }

    [Fact]
    public async Task Happy_path_from_planning_to_follow_up_tasks()
    {
        var (h, id) = await PlannedAsync();
        var consent = await h.CompleteJobAsync("Task_EinwilligungenPruefen", Consent("jobcenter-oelde", "jugendamt-kreis"));
        Assert.Equal(new List<object?> { "jobcenter-oelde", "jugendamt-kreis" }, consent.Inputs["partners"]);
        Assert.Equal(new List<object?> { "arbeit", "familie" }, consent.Inputs["dataCategories"]);
        var invitations = await h.CompleteJobAsync("Task_EinladungenSenden", new() { ["invitationsSent"] = 2L });
        Assert.Equal("FK-17", invitations.Inputs["conferenceId"]);
        Assert.Equal("2026-03-20T14:00", invitations.Inputs["conferenceStart"]);
        Assert.Equal(new List<object?> { "jobcenter-oelde", "jugendamt-kreis" }, invitations.Inputs["invitedPartners"]);
        Assert.Equal(Start.AddDays(-2), h.TimerDue("Event_Frist"));

        await Answer(h, "jobcenter-oelde", "accept");
        Assert.Contains("Event_Antwort", h.WaitingAt(id));
        await Answer(h, "jugendamt-kreis", "accept");
        Assert.False(h.Reached("Task_RueckmeldungenPruefen"));
        Assert.Equal(Start.AddDays(-1), h.TimerDue("Event_Vortag"));

        await h.FireTimerAsync("Event_Vortag");
        var reminder = await h.CompleteJobAsync("Task_Erinnern");
        Assert.Equal("conferenceReminder", reminder.HandlerName);
        Assert.Equal(new List<object?> { "jobcenter-oelde", "jugendamt-kreis" }, reminder.Inputs["acceptedPartners"]);
        Assert.Equal(Start, h.TaskCreated("Task_Durchfuehren").Task.DueDate);
        await h.CompleteTaskAsync("Task_Durchfuehren", new() { ["teilnehmende"] = "Jobcenter Oelde, Jugendamt", ["klientAnwesend"] = true });

        Assert.Equal(Start.AddDays(3), h.TaskCreated("Task_Protokoll").Task.DueDate);
        await h.CompleteTaskAsync("Task_Protokoll", new()
        {
            ["vereinbarteSchritte"] = "Praktikum; Jobcenter; 2026-04-15\nSprachkurs B2; KIM; 2026-05-01", ["protokollText"] = "Protokoll der Fallkonferenz",
        });
        await h.CompleteJobAsync("Task_ProtokollVersenden", new()
        {
            ["followUpSteps"] = new List<object?>
            {
                new Dictionary<string, object?> { ["massnahme"] = "Praktikum vermitteln", ["verantwortlich"] = "Jobcenter", ["frist"] = "2026-04-15" },
                new Dictionary<string, object?> { ["massnahme"] = "Sprachkurs B2 anmelden", ["verantwortlich"] = "KIM", ["frist"] = "2026-05-01" },
            },
        });
        Assert.Equal(2, h.CountWaiting("Task_Folgeaufgabe"));
        Assert.Contains(h.Effects.OfType<UserTaskCreated>(), t => t.ElementId == "Task_Folgeaufgabe" && t.Task.DueDate == new DateTimeOffset(2026, 4, 14, 22, 0, 0, TimeSpan.Zero));
        await h.CompleteTaskAsync("Task_Folgeaufgabe", new() { ["schrittStatus"] = "erledigt" });
        await h.CompleteTaskAsync("Task_Folgeaufgabe", new() { ["schrittStatus"] = "teilweise" });
        h.AssertEnded(id, "EndEvent_Abgeschlossen");
    }

    [Fact]
    public async Task Partner_without_consent_is_not_invited_and_the_case_manager_sees_why()
    {
        var (h, id) = await PlannedAsync();
        await h.CompleteJobAsync("Task_EinwilligungenPruefen", new()
        {
            ["invitedPartners"] = new List<object?> { "jobcenter-oelde" },
            ["refusedPartners"] = new List<object?> { new Dictionary<string, object?> { ["partnerId"] = "jugendamt-kreis", ["name"] = "Jugendamt Kreis Warendorf", ["reason"] = "Einwilligung am 01.03.2026 widerrufen" } },
            ["hasRefusals"] = true,
        });
        Assert.Equal(["Task_NichtEingeladenePruefen"], h.WaitingAt(id));
        Assert.Equal("Jugendamt Kreis Warendorf: Einwilligung am 01.03.2026 widerrufen", h.Instance(id).Variables["refusedPartnersText"]);
        Assert.Equal("cm.oelde", h.TaskCreated("Task_NichtEingeladenePruefen").Task.Assignee);

        await h.CompleteTaskAsync("Task_NichtEingeladenePruefen", new() { ["vorgehenOhneEinwilligung"] = "fortsetzen" });
        var invitations = await h.CompleteJobAsync("Task_EinladungenSenden", new() { ["invitationsSent"] = 1L });
        Assert.Equal(new List<object?> { "jobcenter-oelde" }, invitations.Inputs["invitedPartners"]);
        await Answer(h, "jobcenter-oelde", "accept");
        Assert.Contains("Event_Vortag", h.WaitingAt(id));
    }

    [Fact]
    public async Task Case_manager_can_drop_a_conference_when_partners_lack_consent()
    {
        var (h, id) = await PlannedAsync();
        await h.CompleteJobAsync("Task_EinwilligungenPruefen", new()
        {
            ["invitedPartners"] = new List<object?>(),
            ["refusedPartners"] = new List<object?> { new Dictionary<string, object?> { ["partnerId"] = "jobcenter-oelde", ["name"] = "Jobcenter", ["reason"] = "keine Einwilligung" } },
            ["hasRefusals"] = true,
        });
        await h.CompleteTaskAsync("Task_NichtEingeladenePruefen", new() { ["vorgehenOhneEinwilligung"] = "absagen" });
        h.AssertEnded(id, "EndEvent_NichtEinberufen");
        Assert.DoesNotContain(h.Effects.OfType<JobCreated>(), j => j.HandlerName == "conferenceInvitations");
    }

    [Fact]
    public async Task Declined_invitation_asks_the_case_manager_and_the_conference_goes_ahead()
    {
        var (h, id) = await InvitedAsync();
        await Answer(h, "jobcenter-oelde", "accept");
        await Answer(h, "jugendamt-kreis", "decline");
        Assert.Equal(["Task_RueckmeldungenPruefen"], h.WaitingAt(id).Where(e => !e.StartsWith("Boundary", StringComparison.Ordinal)));
        Assert.Equal(new List<object?> { "jugendamt-kreis" }, h.Instance(id).Variables["declinedPartners"]);

        await h.CompleteTaskAsync("Task_RueckmeldungenPruefen", new() { ["entscheidung"] = "durchfuehren" });
        await h.FireTimerAsync("Event_Vortag");
        var reminder = await h.CompleteJobAsync("Task_Erinnern");
        Assert.Equal(new List<object?> { "jobcenter-oelde" }, reminder.Inputs["acceptedPartners"]);
        Assert.Contains("Task_Durchfuehren", h.WaitingAt(id));
    }

    [Fact]
    public async Task Declined_invitation_can_lead_to_cancellation_with_cancel_invitations()
    {
        var (h, id) = await InvitedAsync();
        await Answer(h, "jobcenter-oelde", "decline");
        await Answer(h, "jugendamt-kreis", "decline");
        await h.CompleteTaskAsync("Task_RueckmeldungenPruefen", new() { ["entscheidung"] = "absagen", ["absagegrund"] = "Keine Zusagen" });
        var cancel = await h.CompleteJobAsync("Task_AbsageSenden", new() { ["invitationsSent"] = 2L });
        Assert.Equal("CANCEL", cancel.Inputs["invitationMethod"]);
        h.AssertEnded(id, "EndEvent_Abgesagt");
    }

    [Fact]
    public async Task Deadline_without_answers_asks_the_case_manager()
    {
        var (h, id) = await InvitedAsync();
        await h.FireTimerAsync("Event_Frist");
        Assert.Equal(Start.AddDays(-2), h.Time.GetUtcNow());
        Assert.Equal(["Task_RueckmeldungenPruefen"], h.WaitingAt(id).Where(e => !e.StartsWith("Boundary", StringComparison.Ordinal)));
        Assert.Equal(new List<object?>(), h.Instance(id).Variables["acceptedPartners"]);
        Assert.Equal(0, h.CountWaiting("Event_Antwort"));
    }

    [Fact]
    public async Task Rescheduling_sends_updated_invitations_with_the_new_date()
    {
        var (h, id) = await InvitedAsync();
        await Answer(h, "jobcenter-oelde", "accept");
        await h.CorrelateAsync("Fallkonferenz_Verschoben", Case, new() { ["conferenceDate"] = "2026-03-27", ["conferenceTime"] = "10:00", ["aenderungsgrund"] = "Krankheit" });
        Assert.Equal(["Task_EinwilligungenPruefen"], h.WaitingAt(id));
        await h.CompleteJobAsync("Task_EinwilligungenPruefen", Consent("jobcenter-oelde", "jugendamt-kreis"));
        var update = await h.CompleteJobAsync("Task_EinladungenSenden", new() { ["invitationsSent"] = 2L });
        Assert.Equal("REQUEST", update.Inputs["invitationMethod"]);
        Assert.Equal("2026-03-27T10:00", update.Inputs["conferenceStart"]);
        Assert.Equal("2026-03-20T14:00", update.Inputs["previousConferenceStart"]);
        Assert.Equal(new DateTimeOffset(2026, 3, 25, 9, 0, 0, TimeSpan.Zero), h.TimerDue("Event_Frist"));
        Assert.Equal(new Dictionary<string, object?>(), h.Instance(id).Variables["answers"]); // everyone answers the new date
    }

    [Fact]
    public async Task Cancellation_message_sends_cancel_invitations()
    {
        var (h, id) = await InvitedAsync();
        await h.CorrelateAsync("Fallkonferenz_Abgesagt", Case, new() { ["absagegrund"] = "Klient verzogen" });
        var cancel = await h.CompleteJobAsync("Task_AbsageSenden", new() { ["invitationsSent"] = 2L });
        Assert.Equal("CANCEL", cancel.Inputs["invitationMethod"]);
        h.AssertEnded(id, "EndEvent_Abgesagt");
    }
}
