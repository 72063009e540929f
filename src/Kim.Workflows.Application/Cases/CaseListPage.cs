namespace Kim.Workflows.Application.Cases;

/// <summary>A page of the case list with the total count and the responsible case managers to filter by.</summary>
public sealed record CaseListPage(IReadOnlyList<CaseListItem> Items, int Total, int Page, int PageSize, IReadOnlyList<string> ResponsibleNames)
{
    public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);
}
