namespace Kim.Workflows.Engine.Execution.Journal;

/// <summary>One line of an instance's history: every element entered, completed or cancelled, every flow taken.</summary>
public sealed record JournalEntry(Guid InstanceId, JournalEntryKind Kind, string? ElementId, DateTimeOffset At, string? Detail = null);
