using Kim.Workflows.Engine.Execution.Journal;

namespace Kim.Workflows.Runtime.Persistence.Entities;

/// <summary>One history line, with the command that wrote it and who issued it.</summary>
public sealed class JournalRecord
{
    public long Id { get; set; }

    public Guid InstanceId { get; set; }

    public JournalEntryKind Kind { get; set; }

    public string? ElementId { get; set; }

    public DateTimeOffset At { get; set; }

    public string? Detail { get; set; }

    public string Command { get; set; } = "";

    public string? UserId { get; set; }
}
