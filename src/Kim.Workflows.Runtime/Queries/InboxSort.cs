namespace Kim.Workflows.Runtime.Queries;

public enum InboxSort
{
    /// <summary>Earliest due date first; tasks without a due date last.</summary>
    DueAscending,

    /// <summary>Latest due date first; tasks without a due date last.</summary>
    DueDescending,
}
