using System.Security.Cryptography;
using Kim.Workflows.Engine.Execution;
using Kim.Workflows.Engine.Validation;

namespace Kim.Workflows.Engine.Persistence;

/// <summary>
/// Deployed versions in memory. Deploying validates first; a changed file gives version n+1 per process,
/// an unchanged one (same content hash) gives nothing new.
/// </summary>
public sealed class InMemoryDefinitionRepository : IDefinitionProvider
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, DeployedProcess> _byId = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<DeployedProcess>> _byKey = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _hashByKey = new(StringComparer.Ordinal);

    public DeploymentResult Deploy(byte[] content, ValidationOptions? options = null)
    {
        var result = BpmnValidator.Validate(content, options);
        if (!result.IsValid)
        {
            return new DeploymentResult(false, [], false, result.Problems);
        }

        var hash = Convert.ToHexString(SHA256.HashData(content));
        var deployed = new List<DeployedProcess>();
        lock (_lock)
        {
            foreach (var process in result.Model!.Processes)
            {
                if (_hashByKey.GetValueOrDefault(process.Id) == hash)
                {
                    continue;
                }

                var versions = _byKey.TryGetValue(process.Id, out var list) ? list : _byKey[process.Id] = [];
                var version = versions.Count + 1;
                var d = new DeployedProcess(DeployedProcess.MakeId(process.Id, version), process.Id, version, process, result.Model);
                versions.Add(d);
                _byId[d.Id] = d;
                _hashByKey[process.Id] = hash;
                deployed.Add(d);
            }
        }

        return new DeploymentResult(true, deployed, deployed.Count == 0, result.Problems);
    }

    public DeploymentResult Deploy(string xml, ValidationOptions? options = null) => Deploy(System.Text.Encoding.UTF8.GetBytes(xml), options);

    public DeployedProcess Get(string definitionId)
    {
        lock (_lock)
        {
            return _byId.TryGetValue(definitionId, out var d) ? d : throw new EngineException($"Definition '{definitionId}' is not deployed.");
        }
    }

    public DeployedProcess? FindLatest(string processKey)
    {
        lock (_lock)
        {
            return _byKey.TryGetValue(processKey, out var list) && list.Count > 0 ? list[^1] : null;
        }
    }

    public IReadOnlyList<DeployedProcess> LatestVersions()
    {
        lock (_lock)
        {
            return _byKey.Values.Where(l => l.Count > 0).Select(l => l[^1]).ToList();
        }
    }

    public IReadOnlyList<DeployedProcess> Versions(string processKey)
    {
        lock (_lock)
        {
            return _byKey.TryGetValue(processKey, out var list) ? [.. list] : [];
        }
    }
}
