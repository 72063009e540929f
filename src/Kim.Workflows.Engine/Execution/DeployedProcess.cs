using Kim.Workflows.Engine.Model;

namespace Kim.Workflows.Engine.Execution;

/// <summary>One version of a process as deployed: id is <c>key:version</c>.</summary>
public sealed record DeployedProcess(string Id, string Key, int Version, ProcessDefinition Process, BpmnModel Model)
{
    public static string MakeId(string key, int version) => $"{key}:{version}";
}
