using System.Xml;
using System.Xml.Linq;
using Kim.Workflows.Engine.Execution;
using Kim.Workflows.Engine.Execution.Journal;
using Kim.Workflows.Runtime.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Kim.Workflows.Runtime.Analysis;

/// <summary>
/// Step durations and current waits per workflow version, read from the execution journal: each
/// ElementStarted is paired with the next ElementCompleted or ElementCancelled of the same element
/// in the same instance (first in, first out, so loops and multi-instance bodies pair up in order).
/// Only completed runs count for durations; starts without an end in running instances are waits.
/// The journal holds element ids and times only, no variables, so the analysis carries no personal data.
/// </summary>
public sealed class ProcessAnalyzer(WorkflowDbContextFactory contexts)
{
    public async Task<IReadOnlyList<AnalysedVersion>> VersionsAsync(CancellationToken cancellationToken = default)
    {
        await using var db = contexts.Create();
        var counts = await db.Instances.AsNoTracking().GroupBy(i => i.DefinitionId)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        var definitions = await db.Definitions.AsNoTracking()
            .Select(d => new { d.Id, d.ProcessKey, d.Version, d.Name }).ToListAsync(cancellationToken);
        return [.. definitions.OrderBy(d => d.ProcessKey, StringComparer.Ordinal).ThenByDescending(d => d.Version)
            .Select(d => new AnalysedVersion(d.Id, d.ProcessKey, d.Version, d.Name, counts.GetValueOrDefault(d.Id)))];
    }

    public async Task<ProcessAnalysis?> AnalyzeAsync(string definitionId, CancellationToken cancellationToken = default)
    {
        await using var db = contexts.Create();
        var definition = await db.Definitions.AsNoTracking().FirstOrDefaultAsync(d => d.Id == definitionId, cancellationToken);
        if (definition is null)
        {
            return null;
        }

        var instances = await db.Instances.AsNoTracking().Where(i => i.DefinitionId == definitionId)
            .Select(i => new { i.Id, i.Status, i.StartedAt, i.EndedAt }).ToListAsync(cancellationToken);
        var ids = instances.Select(i => i.Id).ToList();
        var journal = await db.Journal.AsNoTracking()
            .Where(j => ids.Contains(j.InstanceId) && j.ElementId != null
                && (j.Kind == JournalEntryKind.ElementStarted || j.Kind == JournalEntryKind.ElementCompleted || j.Kind == JournalEntryKind.ElementCancelled))
            .OrderBy(j => j.Id)
            .Select(j => new { j.InstanceId, j.ElementId, j.Kind, j.At }).ToListAsync(cancellationToken);

        var running = instances.Where(i => i.Status == InstanceStatus.Running).Select(i => i.Id).ToHashSet();
        var durations = new Dictionary<string, List<TimeSpan>>(StringComparer.Ordinal);
        var waiting = new Dictionary<string, List<DateTimeOffset>>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var perInstance in journal.GroupBy(j => j.InstanceId))
        {
            var open = new Dictionary<string, Queue<DateTimeOffset>>(StringComparer.Ordinal);
            foreach (var entry in perInstance)
            {
                var element = entry.ElementId!;
                if (!order.Contains(element))
                {
                    order.Add(element);
                }

                var starts = open.TryGetValue(element, out var q) ? q : open[element] = new Queue<DateTimeOffset>();
                if (entry.Kind == JournalEntryKind.ElementStarted)
                {
                    starts.Enqueue(entry.At);
                }
                else if (starts.TryDequeue(out var startedAt) && entry.Kind == JournalEntryKind.ElementCompleted)
                {
                    Add(durations, element, entry.At - startedAt);
                }
            }

            if (running.Contains(perInstance.Key))
            {
                foreach (var (element, starts) in open)
                {
                    foreach (var since in starts)
                    {
                        Add(waiting, element, since);
                    }
                }
            }
        }

        var names = ElementNames(definition.BpmnXml);
        var steps = order.Select(element =>
        {
            var d = durations.GetValueOrDefault(element) ?? [];
            var w = waiting.GetValueOrDefault(element) ?? [];
            return new StepStatistics(element, names.GetValueOrDefault(element), d.Count, Durations.Median(d), Durations.Percentile(d, 90),
                w.Count, w.Count > 0 ? w.Min() : null);
        }).ToList();
        var instanceDurations = instances.Where(i => i.Status == InstanceStatus.Completed && i.EndedAt is not null)
            .Select(i => i.EndedAt!.Value - i.StartedAt).ToList();
        return new ProcessAnalysis(definition.Id, definition.ProcessKey, definition.Version, definition.Name,
            running.Count, instances.Count(i => i.Status == InstanceStatus.Completed), instances.Count(i => i.Status == InstanceStatus.Cancelled),
            Durations.Median(instanceDurations), steps);
    }

    private static void Add<T>(Dictionary<string, List<T>> map, string key, T value)
    {
        if (!map.TryGetValue(key, out var list))
        {
            map[key] = list = [];
        }

        list.Add(value);
    }

    /// <summary>Element names from the stored XML (the journal has ids only). DTDs are refused, as in the parser.</summary>
    private static Dictionary<string, string> ElementNames(string xml)
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        try
        {
            using var reader = XmlReader.Create(new StringReader(xml), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
            foreach (var element in XDocument.Load(reader).Descendants())
            {
                if (element.Attribute("id")?.Value is { } id && element.Attribute("name")?.Value is { Length: > 0 } name)
                {
                    names.TryAdd(id, name);
                }
            }
        }
        catch (XmlException)
        {
            // Names are a convenience; ids remain.
        }

        return names;
    }
}
