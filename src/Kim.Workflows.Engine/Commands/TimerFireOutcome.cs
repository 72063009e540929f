namespace Kim.Workflows.Engine.Commands;

public enum TimerFireOutcome
{
    Fired,

    /// <summary>The job woke too early (Hangfire rounds to seconds): schedule again for <see cref="TimerFireResult.DueAt"/>.</summary>
    NotDue,

    /// <summary>Already fired, or cancelled with its activity: firing twice does nothing twice.</summary>
    Gone,

    /// <summary>Firing failed; an incident waits for a retry.</summary>
    Incident,
}
