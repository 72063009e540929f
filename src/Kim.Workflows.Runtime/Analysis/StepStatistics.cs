namespace Kim.Workflows.Runtime.Analysis;

/// <summary>
/// One BPMN element of one workflow version: how long it took when it completed (median and 90th
/// percentile over completed runs) and how many tokens wait there now in running instances.
/// </summary>
public sealed record StepStatistics(
    string ElementId,
    string? Name,
    int Completed,
    TimeSpan? Median,
    TimeSpan? P90,
    int WaitingNow,
    DateTimeOffset? OldestWaitingSince);
