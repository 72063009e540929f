using System.Collections.Concurrent;
using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using Kim.Workflows.Engine;
using Kim.Workflows.Engine.Execution;
using Kim.Workflows.Engine.Parsing;
using Kim.Workflows.Engine.Persistence;
using Kim.Workflows.Engine.Validation;
using Kim.Workflows.Runtime.Persistence.Entities;
using Microsoft.EntityFrameworkCore;

namespace Kim.Workflows.Runtime.Persistence;

/// <summary>
/// Deployed versions in the database. Deploy validates with the host's options; a file whose content
/// hash equals the newest version of a process gives nothing new, a changed one gives version n+1.
/// A version never changes once deployed, so parsed models are cached by definition id forever; which version is the
/// newest published one is cached for <see cref="WorkflowRuntimeOptions.LatestVersionCacheTtl"/> (every start asks).
/// </summary>
public sealed partial class EfDefinitionRepository(
    WorkflowDbContextFactory contexts, TimeProvider time, ValidationOptions validation, WorkflowRuntimeOptions? options = null) : IDefinitionProvider, IDisposable
{
    private readonly ConcurrentDictionary<string, DeployedProcess> _parsed = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, (string? Id, long At)> _latest = new(StringComparer.Ordinal);
    private long _latestGeneration;
    private readonly long _latestTtl = (long)((options?.LatestVersionCacheTtl ?? TimeSpan.FromSeconds(2)).TotalSeconds * Stopwatch.Frequency);
    private readonly SemaphoreSlim _deployLock = new(1, 1);

    public Task<DeploymentResult> DeployAsync(string xml, string source, string? deployedBy = null, bool publish = true, CancellationToken cancellationToken = default) =>
        DeployAsync(Encoding.UTF8.GetBytes(xml), source, deployedBy, publish, cancellationToken);

    public Task<DeploymentResult> DeployAsync(byte[] content, string source, string? deployedBy = null, bool publish = true, CancellationToken cancellationToken = default) =>
        DeployAsync([new DeploymentFile(BpmnFileName(source), content)], source, deployedBy, publish, cancellationToken);

    /// <summary>
    /// Deploys one BPMN file with its Camunda Forms (<c>.form</c>) as one deployment: validated together, the
    /// forms stored with it. The content hash covers the forms, so a changed form alone gives a new version.
    /// </summary>
    public async Task<DeploymentResult> DeployAsync(IReadOnlyList<DeploymentFile> files, string source, string? deployedBy = null, bool publish = true, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(files);
        if (files.Count(f => f.IsBpmn) != 1)
        {
            return new DeploymentResult(false, [], false,
                [new ValidationProblem("deployment", null, "deployment-bpmn-count", "Ein Deployment enthält genau eine BPMN-Datei (dazu beliebig viele .form-Dateien).")]);
        }

        var published = await PublishedFormsAsync(cancellationToken).ConfigureAwait(false);
        var checkedDeployment = DeploymentValidator.Validate(files, validation, (id, version) => published.Contains((id, version)) || (version is null && published.Any(p => p.FormId == id)));
        var result = checkedDeployment.Models[0].Value;
        if (!checkedDeployment.IsValid)
        {
            return new DeploymentResult(false, [], false, checkedDeployment.Problems.Select(p => p.Problem).ToList());
        }

        var content = files.Single(f => f.IsBpmn).Content;
        var forms = files.Where(f => f.IsForm).OrderBy(f => f.Name, StringComparer.Ordinal).ToList();
        var hash = DeploymentHash(content, forms);
        var xml = Encoding.UTF8.GetString(content);
        var now = time.GetUtcNow();
        await _deployLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await using var db = contexts.Create();
            var keys = result.Model!.Processes.Select(p => p.Id).ToList();
            var newest = await db.Definitions.AsNoTracking().Where(d => keys.Contains(d.ProcessKey))
                .GroupBy(d => d.ProcessKey)
                .Select(g => g.OrderByDescending(d => d.Version).Select(d => new { d.ProcessKey, d.Version, d.ContentHash }).First())
                .ToListAsync(cancellationToken).ConfigureAwait(false);
            var byKey = newest.ToDictionary(n => n.ProcessKey);
            var deployment = new DeploymentRecord { Id = Guid.CreateVersion7(now), Source = source, ContentHash = hash, DeployedBy = deployedBy, DeployedAt = now };
            var added = new List<DefinitionRecord>();
            foreach (var process in result.Model.Processes)
            {
                var previous = byKey.GetValueOrDefault(process.Id);
                if (previous?.ContentHash == hash)
                {
                    continue;
                }

                var version = (previous?.Version ?? 0) + 1;
                added.Add(new DefinitionRecord
                {
                    Id = DeployedProcess.MakeId(process.Id, version),
                    DeploymentId = deployment.Id,
                    ProcessKey = process.Id,
                    Version = version,
                    Name = process.Name,
                    BpmnXml = xml,
                    ContentHash = hash,
                    State = publish ? DefinitionState.Published : DefinitionState.Draft,
                    DeployedBy = deployedBy,
                    DeployedAt = now,
                    PublishedAt = publish ? now : null,
                });
            }

            if (added.Count == 0)
            {
                return new DeploymentResult(true, [], true, checkedDeployment.Problems.Select(p => p.Problem).ToList());
            }

            db.Deployments.Add(deployment);
            db.Definitions.AddRange(added);
            await AddFormsAsync(db, deployment, forms, checkedDeployment.Forms, cancellationToken).ConfigureAwait(false);
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            ForgetLatest();
            var deployed = added.Select(d => Remember(d.Id, d.ProcessKey, d.Version, result.Model)).ToList();
            return new DeploymentResult(true, deployed, false, checkedDeployment.Problems.Select(p => p.Problem).ToList());
        }
        finally
        {
            _deployLock.Release();
        }
    }

    /// <summary>Makes a draft startable; new instances of its key get the newest published version.</summary>
    public async Task PublishAsync(string definitionId, CancellationToken cancellationToken = default)
    {
        await using var db = contexts.Create();
        var now = time.GetUtcNow();
        var updated = await db.Definitions.Where(d => d.Id == definitionId)
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.State, DefinitionState.Published).SetProperty(d => d.PublishedAt, now), cancellationToken)
            .ConfigureAwait(false);
        ForgetLatest();
        if (updated == 0)
        {
            throw new Engine.Commands.NotFoundException($"Definition '{definitionId}' is not deployed.");
        }
    }

    public async Task<IReadOnlyList<DefinitionVersion>> VersionsAsync(string processKey, CancellationToken cancellationToken = default)
    {
        await using var db = contexts.Create();
        return await db.Definitions.AsNoTracking().Where(d => d.ProcessKey == processKey).OrderBy(d => d.Version)
            .Select(d => new DefinitionVersion(d.Id, d.ProcessKey, d.Version, d.Name, d.State, d.ContentHash, d.DeployedBy, d.DeployedAt, d.PublishedAt))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Every version of every process (without the XML), for lists.</summary>
    public async Task<IReadOnlyList<DefinitionVersion>> AllVersionsAsync(CancellationToken cancellationToken = default)
    {
        await using var db = contexts.Create();
        return await db.Definitions.AsNoTracking().OrderBy(d => d.ProcessKey).ThenBy(d => d.Version)
            .Select(d => new DefinitionVersion(d.Id, d.ProcessKey, d.Version, d.Name, d.State, d.ContentHash, d.DeployedBy, d.DeployedAt, d.PublishedAt))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<string?> GetXmlAsync(string definitionId, CancellationToken cancellationToken = default)
    {
        await using var db = contexts.Create();
        return await db.Definitions.AsNoTracking().Where(d => d.Id == definitionId).Select(d => d.BpmnXml).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
    }

    public DeployedProcess Get(string definitionId)
    {
        if (_parsed.TryGetValue(definitionId, out var cached))
        {
            return cached;
        }

        using var db = contexts.Create();
        var row = db.Definitions.AsNoTracking().Where(d => d.Id == definitionId)
            .Select(d => new { d.ProcessKey, d.Version, d.BpmnXml }).FirstOrDefault()
            ?? throw new EngineException($"Definition '{definitionId}' is not deployed.");
        var parsed = BpmnParser.Parse(row.BpmnXml);
        var model = parsed.Model ?? throw new EngineException($"Definition '{definitionId}' no longer parses: {string.Join("; ", parsed.Problems.Select(p => p.Message))}");
        return Remember(definitionId, row.ProcessKey, row.Version, model);
    }

    public DeployedProcess? FindLatest(string processKey)
    {
        var now = Stopwatch.GetTimestamp();
        if (!_latest.TryGetValue(processKey, out var cached) || now - cached.At > _latestTtl)
        {
            var generation = Interlocked.Read(ref _latestGeneration);
            using var db = contexts.Create();
            var newest = db.Definitions.AsNoTracking().Where(d => d.ProcessKey == processKey && d.State == DefinitionState.Published)
                .OrderByDescending(d => d.Version).Select(d => d.Id).FirstOrDefault();
            cached = (newest, now);
            if (Interlocked.Read(ref _latestGeneration) == generation)
            {
                _latest[processKey] = cached; // not when a deploy here happened while asking: the answer may be older
            }
        }

        return cached.Id is null ? null : Get(cached.Id);
    }

    public IReadOnlyList<DeployedProcess> LatestVersions()
    {
        using var db = contexts.Create();
        var ids = db.Definitions.AsNoTracking().Where(d => d.State == DefinitionState.Published)
            .GroupBy(d => d.ProcessKey)
            .Select(g => g.OrderByDescending(d => d.Version).Select(d => d.Id).First())
            .ToList();
        return ids.Select(Get).ToList();
    }

    public void Dispose() => _deployLock.Dispose();

    private void ForgetLatest()
    {
        Interlocked.Increment(ref _latestGeneration);
        _latest.Clear();
    }

    private DeployedProcess Remember(string id, string key, int version, Engine.Model.BpmnModel model)
    {
        var process = model.FindProcess(key) ?? throw new EngineException($"Process '{key}' is missing in its deployed file.");
        return _parsed.GetOrAdd(id, _ => new DeployedProcess(id, key, version, process, model));
    }
}
