namespace Kim.Workflows.Runtime.Queries;

/// <summary>
/// What one inbox page asks for. <see cref="Groups"/> are the candidate groups of the user (for <see cref="InboxView.Group"/>)
/// or the scope of <see cref="InboxView.All"/> (null there: every task).
/// </summary>
public sealed record InboxFilter(InboxView View, string UserId, IReadOnlyList<string>? Groups)
{
    public string? ProcessKey { get; init; }

    public string? BusinessKey { get; init; }

    public bool OverdueOnly { get; init; }

    public InboxSort Sort { get; init; } = InboxSort.DueAscending;

    public int Take { get; init; } = 50;
}
