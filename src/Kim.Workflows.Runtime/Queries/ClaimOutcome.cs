namespace Kim.Workflows.Runtime.Queries;

public enum ClaimOutcome
{
    Done,

    /// <summary>The task is gone, ended, or someone else holds it.</summary>
    Conflict,

    NotFound,
}
