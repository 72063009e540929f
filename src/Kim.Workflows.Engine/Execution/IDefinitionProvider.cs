namespace Kim.Workflows.Engine.Execution;

/// <summary>How the executor finds deployed processes (its own version, and targets of call activities).</summary>
public interface IDefinitionProvider
{
    DeployedProcess Get(string definitionId);

    /// <summary>The newest version of a process key, or null when none is deployed.</summary>
    DeployedProcess? FindLatest(string processKey);

    /// <summary>The newest version of every deployed process (message and timer start lookup).</summary>
    IReadOnlyList<DeployedProcess> LatestVersions();
}
