namespace Kim.Workflows.Application.Cases;

/// <summary>One line of a case file's timeline: a workflow step, a task, a mail or a note.</summary>
public sealed record CaseTimelineEntry(DateTimeOffset At, string Kind, string Title, string? Detail, string? Process, string? By);
