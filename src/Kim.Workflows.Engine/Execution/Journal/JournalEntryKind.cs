namespace Kim.Workflows.Engine.Execution.Journal;

public enum JournalEntryKind
{
    InstanceStarted,
    InstanceCompleted,
    InstanceCancelled,
    ElementStarted,
    ElementCompleted,
    ElementCancelled,
    FlowTaken,
    VariablesChanged,
    IncidentRaised,
    IncidentResolved,
    InstanceMigrated,
}
