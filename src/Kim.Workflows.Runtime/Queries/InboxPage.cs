namespace Kim.Workflows.Runtime.Queries;

/// <summary>The rows of one inbox page; <see cref="HasMore"/> instead of a total count (counting 100,000 rows costs more than the page).</summary>
public sealed record InboxPage(IReadOnlyList<InboxItem> Items, bool HasMore);
