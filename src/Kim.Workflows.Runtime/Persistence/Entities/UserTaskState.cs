namespace Kim.Workflows.Runtime.Persistence.Entities;

public enum UserTaskState
{
    Open,
    Completed,
    Cancelled,
}
