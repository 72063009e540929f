using Kim.Workflows.Engine.Execution;
using Kim.Workflows.Engine.Execution.Journal;
using Kim.Workflows.Runtime.Persistence;
using Kim.Workflows.Runtime.Serialization;
using Microsoft.EntityFrameworkCore;

namespace Kim.Workflows.Web.Monitor;

/// <summary>Read side of the instance monitor: search, one instance with history, heat-map counts per element.</summary>
public sealed class MonitorQuery(WorkflowDbContextFactory contexts)
{
    public async Task<IReadOnlyList<InstanceRow>> SearchAsync(MonitorSearch search, CancellationToken ct = default)
    {
        await using var db = contexts.Create();
        var q = db.Instances.AsNoTracking().Where(i => i.ParentInstanceId == null || search.BusinessKey != null);
        if (!string.IsNullOrWhiteSpace(search.BusinessKey))
        {
            var key = search.BusinessKey.Trim();
            q = q.Where(i => i.BusinessKey == key);
        }

        if (!string.IsNullOrWhiteSpace(search.ProcessKey))
        {
            q = q.Where(i => i.ProcessKey == search.ProcessKey);
        }

        if (search.Status is { } status)
        {
            q = q.Where(i => i.Status == status);
        }

        if (search.StartedFrom is { } from)
        {
            // The dates a user filters by are Berlin dates.
            var start = Kim.Workflows.Domain.Time.KimCalendar.StartOf(from);
            q = q.Where(i => i.StartedAt >= start);
        }

        if (search.StartedTo is { } to)
        {
            var end = Kim.Workflows.Domain.Time.KimCalendar.StartOf(to.AddDays(1));
            q = q.Where(i => i.StartedAt < end);
        }

        return await q.OrderByDescending(i => i.StartedAt).Take(Math.Clamp(search.Take, 1, 500))
            .Select(i => new InstanceRow(i.Id, i.ProcessKey, i.DefinitionId, i.BusinessKey, i.Status, i.StartedAt, i.EndedAt))
            .ToListAsync(ct);
    }

    public async Task<InstanceDetails?> GetAsync(Guid id, CancellationToken ct = default)
    {
        await using var db = contexts.Create();
        var record = await db.Instances.AsNoTracking().FirstOrDefaultAsync(i => i.Id == id, ct);
        if (record is null)
        {
            return null;
        }

        var journal = await db.Journal.AsNoTracking().Where(j => j.InstanceId == id).OrderBy(j => j.Id).Take(2_000).ToListAsync(ct);
        var incidents = await db.Incidents.AsNoTracking().Where(i => i.InstanceId == id).OrderBy(i => i.CreatedAt).ToListAsync(ct);
        var tasks = await db.UserTasks.AsNoTracking().Where(t => t.InstanceId == id).OrderBy(t => t.CreatedAt).ToListAsync(ct);
        return new InstanceDetails(
            new InstanceRow(record.Id, record.ProcessKey, record.DefinitionId, record.BusinessKey, record.Status, record.StartedAt, record.EndedAt),
            ProcessInstanceSerializer.Deserialize(record.StateJson), journal, incidents, tasks);
    }

    /// <summary>
    /// Heat-map of a process (all versions): per element, how many instances completed it (journal) and how many tokens wait
    /// there now (waits of running instances). Two grouped queries.
    /// </summary>
    public async Task<IReadOnlyDictionary<string, HeatCount>> HeatMapAsync(string processKey, CancellationToken ct = default)
    {
        await using var db = contexts.Create();
        var instances = db.Instances.Where(i => i.ProcessKey == processKey);
        var passed = await db.Journal.AsNoTracking()
            .Where(j => j.Kind == JournalEntryKind.ElementCompleted && j.ElementId != null && instances.Any(i => i.Id == j.InstanceId))
            .GroupBy(j => j.ElementId!)
            .Select(g => new { Element = g.Key, Count = g.Select(j => j.InstanceId).Distinct().Count() })
            .ToListAsync(ct);
        var waiting = await db.Waits
            .Where(w => instances.Any(i => i.Id == w.InstanceId && i.Status == InstanceStatus.Running))
            .GroupBy(w => w.ElementId)
            .Select(g => new { Element = g.Key, Count = g.Count() })
            .ToListAsync(ct);
        var result = new Dictionary<string, HeatCount>(StringComparer.Ordinal);
        foreach (var p in passed)
        {
            result[p.Element] = new HeatCount(p.Count, 0);
        }

        foreach (var w in waiting)
        {
            result[w.Element] = (result.GetValueOrDefault(w.Element) ?? new HeatCount(0, 0)) with { Waiting = w.Count };
        }

        return result;
    }

    public async Task<IReadOnlyList<string>> ProcessKeysAsync(CancellationToken ct = default)
    {
        await using var db = contexts.Create();
        return await db.Definitions.AsNoTracking().Select(d => d.ProcessKey).Distinct().OrderBy(k => k).ToListAsync(ct);
    }
}
