namespace Kim.Workflows.Runtime.Analysis;

/// <summary>"Analyse und Evaluation der regionalen Prozesse": one workflow version from its journal.</summary>
public sealed record ProcessAnalysis(
    string DefinitionId,
    string ProcessKey,
    int Version,
    string? Name,
    int Running,
    int Completed,
    int Cancelled,
    TimeSpan? MedianInstanceDuration,
    IReadOnlyList<StepStatistics> Steps);

/// <summary>A row of the version list: which versions have instances to analyse.</summary>
public sealed record AnalysedVersion(string DefinitionId, string ProcessKey, int Version, string? Name, int Instances);
