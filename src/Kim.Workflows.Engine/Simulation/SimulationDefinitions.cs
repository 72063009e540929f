using Kim.Workflows.Engine.Execution;
using Kim.Workflows.Engine.Model;

namespace Kim.Workflows.Engine.Simulation;

/// <summary>Every process of one file as version 1, so call activities find the processes beside them.</summary>
internal sealed class SimulationDefinitions : IDefinitionProvider
{
    private readonly Dictionary<string, DeployedProcess> _byKey = new(StringComparer.Ordinal);

    public SimulationDefinitions(BpmnModel model)
    {
        foreach (var p in model.Processes)
        {
            _byKey[p.Id] = new DeployedProcess(DeployedProcess.MakeId(p.Id, 1), p.Id, 1, p, model);
        }
    }

    public DeployedProcess Get(string definitionId) =>
        _byKey.Values.FirstOrDefault(d => d.Id == definitionId) ?? throw new EngineException($"Definition '{definitionId}' is unknown.");

    public DeployedProcess? FindLatest(string processKey) => _byKey.GetValueOrDefault(processKey);

    public IReadOnlyList<DeployedProcess> LatestVersions() => [.. _byKey.Values];
}
