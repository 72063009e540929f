using Kim.Workflows.Engine.Execution.Journal;

namespace Kim.Workflows.Web.Monitor;

/// <summary>German names of history entries for the instance page.</summary>
public static class JournalText
{
    public static string Of(JournalEntryKind kind) => kind switch
    {
        JournalEntryKind.InstanceStarted => "Instanz gestartet",
        JournalEntryKind.InstanceCompleted => "Instanz beendet",
        JournalEntryKind.InstanceCancelled => "Instanz abgebrochen",
        JournalEntryKind.ElementStarted => "Schritt begonnen",
        JournalEntryKind.ElementCompleted => "Schritt abgeschlossen",
        JournalEntryKind.ElementCancelled => "Schritt abgebrochen",
        JournalEntryKind.FlowTaken => "Fluss genommen",
        JournalEntryKind.VariablesChanged => "Variablen geändert",
        JournalEntryKind.IncidentRaised => "Störung aufgetreten",
        JournalEntryKind.IncidentResolved => "Störung behoben",
        JournalEntryKind.InstanceMigrated => "Instanz migriert",
        _ => kind.ToString(),
    };
}
