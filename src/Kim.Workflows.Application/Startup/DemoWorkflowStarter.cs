using System.Globalization;
using Kim.Workflows.Application.Cases;
using Kim.Workflows.Application.Partners;
using Kim.Workflows.Application.Staff;
using Kim.Workflows.Domain.Cases;
using Kim.Workflows.Domain.Conferences;
using Kim.Workflows.Domain.Consultations;
using Kim.Workflows.Domain.Persistence;
using Kim.Workflows.Domain.Time;
using Kim.Workflows.Engine.Commands;
using Kim.Workflows.Engine.Execution;
using Kim.Workflows.Runtime;
using Kim.Workflows.Runtime.Outbox;
using Kim.Workflows.Runtime.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Kim.Workflows.Application.Startup;

/// <summary>
/// Gives the seeded demo cases their workflows, so a newcomer sees a living system: a cycle for every open case,
/// brought to the case's phase; re-assessment reminders (started by the cycle's message); pending Fallkonferenzen
/// (planned, so invitations go out) and open consultations (asked). Skips what already has an instance, so a
/// restart starts nothing twice.
/// </summary>
/// <remarks>
/// Bringing a cycle to its phase completes the earlier user tasks on an engine that does not run handlers (the
/// seeded file already has its phases, plan, goals and services; <see cref="DemoFormValues"/> writes the forms from it);
/// every later step runs on the normal engine.
/// </remarks>
public sealed class DemoWorkflowStarter(
    KimDbContext kim, WorkflowRuntime runtime, WorkflowDbContextFactory workflows, OutboxDispatcher outbox, CaseWorkflowService cases,
    IStaffDirectory staff, TimeProvider time, ILogger<DemoWorkflowStarter> logger)
{
    public async Task<int> StartAsync(CancellationToken cancellationToken = default)
    {
        string[] needed = [CaseWorkflowService.CycleProcess, "fallkonferenz", "abh-consultation", "einbuergerung-consultation"];
        if (needed.FirstOrDefault(k => runtime.Definitions.FindLatest(k) is null) is { } missing)
        {
            logger.LogWarning("Demo workflows not started: process '{Process}' is not deployed", missing);
            return 0;
        }

        HashSet<string> existing;
        await using (var wf = workflows.Create())
        {
            existing = (await wf.Instances.AsNoTracking().Where(i => i.BusinessKey != null).Select(i => i.ProcessKey + "|" + i.BusinessKey)
                .ToListAsync(cancellationToken).ConfigureAwait(false)).ToHashSet(StringComparer.Ordinal);
        }

        var fast = new WorkflowEngine(runtime.Definitions, runtime.Engine.Store, time, runtime.Engine.Ids, runtime.Engine.Options with { RunHandlers = false });
        var started = 0;
        var files = await kim.Cases.AsNoTracking().AsSplitQuery().Include(c => c.Assessments).ThenInclude(a => a.Areas).Include(c => c.Ergebnisziele)
            .Include(c => c.Zielvereinbarungen).Include(c => c.Services)
            .Where(c => c.AnonymizedAt == null).OrderBy(c => c.CaseNumber).ToListAsync(cancellationToken).ConfigureAwait(false);
        foreach (var file in files.Where(f => !f.IsClosed && !existing.Contains(CaseWorkflowService.CycleProcess + "|" + f.CaseNumber)))
        {
            var instance = await BringCycleToPhaseAsync(fast, file, cancellationToken).ConfigureAwait(false);
            await outbox.DispatchForAsync([instance], cancellationToken).ConfigureAwait(false);
            started++;
        }

        var byId = files.ToDictionary(f => f.Id);
        var now = time.GetUtcNow();
        var conferences = await kim.Conferences.AsNoTracking().Include(c => c.Invitations)
            .Where(c => c.CaseId != null && (c.Status == ConferenceStatus.Geplant || c.Status == ConferenceStatus.Eingeladen))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var partners = await kim.Partners.AsNoTracking().ToDictionaryAsync(p => p.Id, cancellationToken).ConfigureAwait(false);
        foreach (var conference in conferences.Where(c => c.ScheduledAt > now.AddDays(3) && byId.ContainsKey(c.CaseId!.Value)))
        {
            var file = byId[conference.CaseId!.Value];
            if (existing.Contains("fallkonferenz|" + file.CaseNumber))
            {
                continue;
            }

            existing.Add("fallkonferenz|" + file.CaseNumber);
            var start = await runtime.StartAsync("fallkonferenz", file.CaseNumber, new Dictionary<string, object?>
            {
                ["caseNumber"] = file.CaseNumber, ["conferenceId"] = conference.Id.ToString(), ["district"] = file.DistrictId,
                ["caseManager"] = file.ResponsibleCaseManager, ["caseManagerEmail"] = staff.CaseManagerEmail(file.ResponsibleCaseManager, file.DistrictId),
                ["coordinationEmail"] = staff.CoordinationEmail(file.DistrictId),
            }, "system", cancellationToken).ConfigureAwait(false);
            var local = KimCalendar.ToBerlin(conference.ScheduledAt);
            var ids = conference.Invitations.Where(i => partners.ContainsKey(i.PartnerOrganisationId))
                .Select(i => PartnerDirectory.IdOf(partners[i.PartnerOrganisationId])).Distinct().ToList();
            await CompleteAsync(runtime, start.Instance!, "Task_Planen", new()
            {
                ["anlass"] = "Gemeinsame Hilfeplanung", ["conferenceDate"] = local.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                ["conferenceTime"] = local.ToString("HH:mm", CultureInfo.InvariantCulture), ["durationMinutes"] = (long)conference.DurationMinutes,
                ["location"] = conference.Place, ["videoLink"] = conference.VideoLink, ["agenda"] = conference.Agenda,
                ["partnerIds"] = string.Join(", ", ids), ["dataCategoryIds"] = "stammdaten", ["clientAttends"] = conference.ClientParticipates,
            }, cancellationToken).ConfigureAwait(false);
            started++;
        }

        var consultations = await kim.Consultations.AsNoTracking().Where(c => c.Status == ConsultationStatus.Gestellt).ToListAsync(cancellationToken).ConfigureAwait(false);
        foreach (var consultation in consultations.Where(c => byId.ContainsKey(c.CaseId)))
        {
            var file = byId[consultation.CaseId];
            var abh = consultation.Authority == Authority.Auslaenderbehoerde;
            var process = abh ? "abh-consultation" : "einbuergerung-consultation";
            if (!existing.Add(process + "|" + file.CaseNumber))
            {
                continue;
            }

            var variables = cases.CycleVariables(file);
            variables["consultationId"] = consultation.Id.ToString();
            variables["authorityPartnerId"] = abh ? "abh" : "ebh";
            variables["authorityEmail"] = abh ? "abh.bleiberecht@kreis-warendorf.example" : "ebh.einbuergerung@kreis-warendorf.example";
            var start = await runtime.StartAsync(process, file.CaseNumber, variables, "system", cancellationToken).ConfigureAwait(false);
            await CompleteAsync(runtime, start.Instance!, "Task_AnfrageStellen", new()
            {
                ["anfrageThema"] = consultation.Topic switch
                {
                    ConsultationTopic.Bleiberecht25a => "25a", ConsultationTopic.Bleiberecht25b => "25b", ConsultationTopic.Einbuergerung10StAG => "stag10", _ => "sonstiges",
                },
                ["frage"] = consultation.Question, ["aktenzeichen"] = null,
            }, cancellationToken).ConfigureAwait(false);
            started++;
        }

        return started;
    }

    private async Task<Guid> BringCycleToPhaseAsync(WorkflowEngine fast, Fallakte file, CancellationToken cancellationToken)
    {
        var variables = cases.CycleVariables(file);
        var last = file.LastAssessmentOn ?? KimCalendar.DateOf(file.OpenedAt);
        var due = file.NextReassessmentDue ?? last.AddMonths(file.ReassessmentIntervalMonths);
        variables["lastAssessmentAt"] = last.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        variables["reassessmentDue"] = At(due);
        variables["reminderAt"] = At(due.AddDays(-14));
        variables["escalationAt"] = At(due.AddDays(7));
        var context = new CommandContext("demo-start", "system");
        var instance = (await fast.StartAsync(CaseWorkflowService.CycleProcess, file.CaseNumber, variables, context, cancellationToken).ConfigureAwait(false)).Instance!;
        var phase = file.Phase;
        var day = last.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        if (phase >= CasePhase.Erstberatung)
        {
            instance = await CompleteAsync(fast, instance, "Task_Zugangssteuerung", new() { ["zugangsweg"] = "jobcenter", ["teilnahmeFreiwillig"] = true }, cancellationToken).ConfigureAwait(false);
        }

        if (phase >= CasePhase.Verweisberatung)
        {
            instance = await CompleteAsync(fast, instance, "Task_Erstberatung", new()
            {
                ["erstberatungAm"] = day, ["anliegen"] = "Erstberatung (Demo)",
                ["weiteresVorgehen"] = phase == CasePhase.Verweisberatung ? "verweisberatung" : "fallmanagement",
            }, cancellationToken).ConfigureAwait(false);
        }

        (CasePhase After, string Task, Dictionary<string, object?> Values)[] steps =
        [
            (CasePhase.Assessment, "Task_Assessment", DemoFormValues.Assessment(file, day)),
            (CasePhase.Zielplanung, "Task_Ergebnisziele", DemoFormValues.Goals(file)),
            (CasePhase.Zielvereinbarung, "Task_Zielvereinbarung", DemoFormValues.Agreement(file, day)),
            (CasePhase.Leistungssteuerung, "Task_Leistungssteuerung", DemoFormValues.Services(file)),
            (CasePhase.Monitoring, "Task_Monitoring", new() { ["monitoringErgebnis"] = "reassessment", ["neuesIntervall"] = null }),
        ];
        foreach (var (after, task, values) in steps)
        {
            if (phase > after && phase != CasePhase.Verweisberatung)
            {
                instance = await CompleteAsync(fast, instance, task, values, cancellationToken).ConfigureAwait(false);
            }
        }

        return instance.Id;
    }

    private static DateTimeOffset At(DateOnly day) => Handlers.Variables.FromBerlin(day.ToDateTime(new TimeOnly(8, 0)));

    private static async Task<ProcessInstance> CompleteAsync(WorkflowEngine engine, ProcessInstance instance, string elementId, Dictionary<string, object?> values, CancellationToken cancellationToken)
    {
        var task = instance.Subscriptions.FirstOrDefault(s => s.ElementId == elementId && s.Kind == SubscriptionKind.UserTask)
            ?? throw new InvalidOperationException($"{instance.BusinessKey}: no task waits at {elementId}.");
        return (await engine.CompleteTaskAsync(task.Id, values, new CommandContext("demo-start", "system"), cancellationToken).ConfigureAwait(false)).Instance!;
    }

    private static async Task CompleteAsync(WorkflowRuntime runtime, ProcessInstance instance, string elementId, Dictionary<string, object?> values, CancellationToken cancellationToken)
    {
        var task = instance.Subscriptions.FirstOrDefault(s => s.ElementId == elementId && s.Kind == SubscriptionKind.UserTask)
            ?? throw new InvalidOperationException($"{instance.BusinessKey}: no task waits at {elementId}.");
        await runtime.CompleteTaskAsync(task.Id, values, "system", cancellationToken).ConfigureAwait(false);
    }
}
