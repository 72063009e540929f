using Kim.Workflows.Application.Mail;
using Kim.Workflows.Application.Persistence;
using Kim.Workflows.Domain.Persistence;
using Kim.Workflows.Engine.Execution;
using Kim.Workflows.Engine.Execution.Journal;
using Kim.Workflows.Runtime;
using Kim.Workflows.Runtime.Persistence;
using Kim.Workflows.Runtime.Persistence.Entities;
using Microsoft.EntityFrameworkCore;

namespace Kim.Workflows.Application.Cases;

/// <summary>
/// Joins a case file with its workflows (business key = case number): instances, the journal as a timeline of
/// steps (started and completed activities, incidents), tasks, mails and the file's notes.
/// </summary>
public sealed class CaseTimelineQuery(WorkflowDbContextFactory workflows, IDbContextFactory<ApplicationDbContext> app, KimDbContext kim, WorkflowRuntime runtime)
{
    private static readonly JournalEntryKind[] Shown =
    [
        JournalEntryKind.InstanceStarted, JournalEntryKind.InstanceCompleted, JournalEntryKind.InstanceCancelled,
        JournalEntryKind.ElementCompleted, JournalEntryKind.IncidentRaised, JournalEntryKind.IncidentResolved,
    ];

    public async Task<CaseTimeline> LoadAsync(string caseNumber, CancellationToken cancellationToken = default)
    {
        await using var wf = workflows.Create();
        var instances = await wf.Instances.AsNoTracking().Where(i => i.BusinessKey == caseNumber).OrderBy(i => i.StartedAt)
            .Select(i => new { i.Id, i.ProcessKey, i.DefinitionId, i.Status, i.StartedAt, i.EndedAt }).ToListAsync(cancellationToken).ConfigureAwait(false);
        var ids = instances.Select(i => i.Id).ToList();
        var incidents = await wf.Incidents.AsNoTracking().Where(i => ids.Contains(i.InstanceId) && i.ResolvedAt == null).ToListAsync(cancellationToken).ConfigureAwait(false);
        var journal = await wf.Journal.AsNoTracking().Where(j => ids.Contains(j.InstanceId) && Shown.Contains(j.Kind)).OrderBy(j => j.Id)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var tasks = await wf.UserTasks.AsNoTracking().Include(t => t.Candidates).Where(t => t.BusinessKey == caseNumber).OrderByDescending(t => t.CreatedAt)
            .ToListAsync(cancellationToken).ConfigureAwait(false);

        var byInstance = instances.ToDictionary(i => i.Id);
        string ProcessName(Guid instanceId) => byInstance.TryGetValue(instanceId, out var i) ? Definition(i.DefinitionId)?.Process.Name ?? i.ProcessKey : "";
        string? NodeName(Guid instanceId, string? elementId) =>
            elementId is null || !byInstance.TryGetValue(instanceId, out var i) ? elementId : Definition(i.DefinitionId)?.Process.FindNode(elementId)?.Name ?? elementId;

        var entries = new List<CaseTimelineEntry>();
        foreach (var j in journal)
        {
            var node = NodeName(j.InstanceId, j.ElementId);
            var (kind, title) = j.Kind switch
            {
                JournalEntryKind.InstanceStarted => ("Prozess", $"{ProcessName(j.InstanceId)} gestartet"),
                JournalEntryKind.InstanceCompleted => ("Prozess", $"{ProcessName(j.InstanceId)} beendet"),
                JournalEntryKind.InstanceCancelled => ("Prozess", $"{ProcessName(j.InstanceId)} abgebrochen"),
                JournalEntryKind.IncidentRaised => ("Störung", $"Störung bei „{node}“"),
                JournalEntryKind.IncidentResolved => ("Störung", $"Störung bei „{node}“ behoben"),
                _ => ("Schritt", node ?? ""),
            };
            if (j.Kind == JournalEntryKind.ElementCompleted && (node is null || node == j.ElementId))
            {
                continue; // unnamed gateways, flows and events say nothing to a case manager
            }

            entries.Add(new CaseTimelineEntry(j.At, kind, title, j.Kind is JournalEntryKind.IncidentRaised ? j.Detail : null, ProcessName(j.InstanceId), j.UserId));
        }

        List<CaseMailView> mails;
        await using (var a = await app.CreateDbContextAsync(cancellationToken).ConfigureAwait(false))
        {
            mails = (await a.Mails.AsNoTracking().Where(m => m.CaseNumber == caseNumber).ToListAsync(cancellationToken).ConfigureAwait(false))
                .OrderByDescending(m => m.CreatedAt)
                .Select(m => new CaseMailView(m.CreatedAt, m.Template, m.Subject, m.Recipients, m.Status.ToString(), m.Attempts, m.SentAt, m.LastError, m.MessageId, MailStatusText.For(m)))
                .ToList();
        }

        entries.AddRange(mails.Select(m => new CaseTimelineEntry(m.SentAt ?? m.CreatedAt, "E-Mail", m.Subject, $"an {m.Recipients} ({m.StatusText})", null, null)));
        var notes = await kim.Notes.AsNoTracking().Where(n => kim.Cases.Any(c => c.Id == n.CaseId && c.CaseNumber == caseNumber)).ToListAsync(cancellationToken).ConfigureAwait(false);
        entries.AddRange(notes.Select(n => new CaseTimelineEntry(n.CreatedAt, "Notiz", n.Text, null, null, n.Author)));

        return new CaseTimeline(
            instances.Select(i => new CaseWorkflowView(i.Id, Definition(i.DefinitionId)?.Process.Name ?? i.ProcessKey, i.Status.ToString(), i.StartedAt, i.EndedAt,
                incidents.Where(x => x.InstanceId == i.Id).Select(x => $"{NodeName(i.Id, x.ElementId)}: {x.Message}").ToList())).ToList(),
            entries.OrderByDescending(e => e.At).ToList(),
            tasks.Select(t => new CaseTaskView(t.Id, t.Name ?? t.ElementId, ProcessName(t.InstanceId), t.Assignee,
                string.Join(", ", t.Candidates.Select(c => c.Value)), t.CreatedAt, t.DueAt, t.State == UserTaskState.Open, t.CompletedBy)).ToList(),
            mails);
    }

    private DeployedProcess? Definition(string definitionId)
    {
        try
        {
            return runtime.Definitions.Get(definitionId);
        }
        catch (Exception e) when (e is KeyNotFoundException or InvalidOperationException or Engine.Commands.NotFoundException)
        {
            return null;
        }
    }
}
