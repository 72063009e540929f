namespace Kim.Workflows.Application.Cases;

/// <summary>Everything the case-file page shows about a case's workflows.</summary>
public sealed record CaseTimeline(
    IReadOnlyList<CaseWorkflowView> Workflows, IReadOnlyList<CaseTimelineEntry> Entries, IReadOnlyList<CaseTaskView> Tasks, IReadOnlyList<CaseMailView> Mails);
