namespace Kim.Workflows.Engine.Validation;

public enum Severity
{
    /// <summary>The file cannot be deployed.</summary>
    Error,

    /// <summary>Deployable, but a process owner should know (e.g. an ignored Camunda attribute).</summary>
    Note,
}
