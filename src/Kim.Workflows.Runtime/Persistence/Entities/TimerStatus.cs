namespace Kim.Workflows.Runtime.Persistence.Entities;

public enum TimerStatus
{
    Pending,
    Fired,
    Cancelled,
}
