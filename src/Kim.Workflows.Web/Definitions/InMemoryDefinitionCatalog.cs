using System.Text;
using Kim.Workflows.Engine.Persistence;
using Kim.Workflows.Engine.Validation;

namespace Kim.Workflows.Web.Definitions;

/// <summary>
/// Definitions in memory: published versions go through the engine's <see cref="InMemoryDefinitionRepository"/>
/// (which validates, numbers versions and skips unchanged content); this class keeps the XML of every version
/// and the drafts beside it, because the repository keeps only the parsed model.
/// </summary>
public sealed class InMemoryDefinitionCatalog(InMemoryDefinitionRepository repository, ValidationOptions options, TimeProvider time) : IDefinitionCatalog
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    public InMemoryDefinitionCatalog(ValidationOptions options, TimeProvider time)
        : this(new InMemoryDefinitionRepository(), options, time)
    {
    }

    public Task<IReadOnlyList<WorkflowSummary>> ListAsync(CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            IReadOnlyList<WorkflowSummary> list = _entries.Values
                .Select(Summarize)
                .OrderBy(s => s.Name, StringComparer.CurrentCultureIgnoreCase)
                .ThenBy(s => s.Key, StringComparer.Ordinal)
                .ToList();
            return Task.FromResult(list);
        }
    }

    public Task<WorkflowSummary?> FindAsync(string key, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            return Task.FromResult(_entries.TryGetValue(key, out var e) ? Summarize(e) : null);
        }
    }

    public Task<string?> GetXmlAsync(string key, string version, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            if (!_entries.TryGetValue(key, out var e))
            {
                return Task.FromResult<string?>(null);
            }

            string? xml = version switch
            {
                "draft" => e.Draft?.Xml,
                "latest" => e.Published.Count > 0 ? e.Published[^1].Xml : null,
                _ when int.TryParse(version, out var n) => e.Published.FirstOrDefault(p => p.Number == n)?.Xml,
                _ => null,
            };
            return Task.FromResult(xml);
        }
    }

    public Task<DraftSaveResult> SaveDraftAsync(string key, string xml, CancellationToken cancellationToken = default)
    {
        var result = Validate(xml);
        if (result.Model is null)
        {
            return Task.FromResult(new DraftSaveResult(false, result.Problems, null));
        }

        var now = time.GetUtcNow();
        lock (_lock)
        {
            var entry = GetOrAdd(key);
            entry.Draft = new StoredXml(null, xml, now);
            entry.Name = NameOf(result, key) ?? entry.Name;
        }

        return Task.FromResult(new DraftSaveResult(true, result.Problems, now));
    }

    public ValidationResult Validate(string xml) => BpmnValidator.Validate(Encoding.UTF8.GetBytes(xml), options);

    public Task<PublishResult> PublishAsync(string key, string? xml, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            xml ??= _entries.GetValueOrDefault(key)?.Draft?.Xml;
            if (xml is null)
            {
                return Task.FromResult(new PublishResult(PublishOutcome.NothingToPublish, null, []));
            }

            var check = Validate(xml);
            if (!check.IsValid)
            {
                return Task.FromResult(new PublishResult(PublishOutcome.Invalid, null, check.Problems));
            }

            if (!check.Model!.Processes.Any(p => p.Id == key))
            {
                var process = check.Model.Processes.Count > 0 ? check.Model.Processes[0] : null;
                ValidationProblem mismatch = new(process?.Id ?? "definitions", process?.Name, "key-mismatch",
                    $"Die Datei enthält keinen Prozess mit der ID '{key}'. Die Prozess-ID muss dem Schlüssel des Workflows entsprechen.");
                return Task.FromResult(new PublishResult(PublishOutcome.Invalid, null, [mismatch, .. check.Problems]));
            }

            var deployment = repository.Deploy(xml, options);
            if (!deployment.Success)
            {
                return Task.FromResult(new PublishResult(PublishOutcome.Invalid, null, deployment.Problems));
            }

            var now = time.GetUtcNow();
            foreach (var deployed in deployment.Deployed)
            {
                var entry = GetOrAdd(deployed.Key);
                entry.Published.Add(new StoredXml(deployed.Version, xml, now));
                entry.Name = string.IsNullOrWhiteSpace(deployed.Process.Name) ? entry.Name : deployed.Process.Name;
            }

            var own = GetOrAdd(key);
            own.Draft = null;
            var created = deployment.Deployed.FirstOrDefault(d => d.Key == key);
            return Task.FromResult(created is not null
                ? new PublishResult(PublishOutcome.Published, created.Version, deployment.Problems)
                : new PublishResult(PublishOutcome.Unchanged, own.Published.Count > 0 ? own.Published[^1].Number : null, deployment.Problems));
        }
    }

    private Entry GetOrAdd(string key) => _entries.TryGetValue(key, out var e) ? e : _entries[key] = new Entry(key);

    private static string? NameOf(ValidationResult result, string key)
    {
        var process = result.Model?.Processes.FirstOrDefault(p => p.Id == key) ?? (result.Model is { Processes.Count: > 0 } m ? m.Processes[0] : null);
        return string.IsNullOrWhiteSpace(process?.Name) ? null : process.Name;
    }

    private static WorkflowSummary Summarize(Entry e)
    {
        var versions = e.Published
            .Select(p => new WorkflowVersion(p.Number!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture), p.Number, WorkflowVersionState.Published, p.At))
            .ToList();
        if (e.Draft is { } d)
        {
            versions.Add(new WorkflowVersion("draft", null, WorkflowVersionState.Draft, d.At));
        }

        return new WorkflowSummary(e.Key, e.Name, versions, e.Published.Count > 0 ? e.Published[^1].Number : null, e.Draft is not null);
    }

    private sealed record StoredXml(int? Number, string Xml, DateTimeOffset At);

    private sealed class Entry(string key)
    {
        public string Key { get; } = key;

        public string Name { get; set; } = key;

        public List<StoredXml> Published { get; } = [];

        public StoredXml? Draft { get; set; }
    }
}
