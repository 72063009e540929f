namespace Kim.Workflows.Web.Definitions;

public enum WorkflowVersionState
{
    Draft,
    Published,
}
