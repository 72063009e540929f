namespace Kim.Workflows.Engine.Execution;

public enum InstanceStatus
{
    Running,
    Completed,
    Cancelled,
}
