using Kim.Workflows.Engine.Execution;

namespace Kim.Workflows.Web.Monitor;

/// <summary>Search of the instance monitor; every criterion optional.</summary>
public sealed record MonitorSearch(string? BusinessKey, string? ProcessKey, InstanceStatus? Status, DateOnly? StartedFrom, DateOnly? StartedTo, int Take = 100);
