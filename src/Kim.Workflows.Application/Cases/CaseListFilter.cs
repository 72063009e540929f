using Kim.Workflows.Domain.Cases;

namespace Kim.Workflows.Application.Cases;

/// <summary>Filters of the case list. <see cref="Responsible"/>: a user name, <c>ich</c> (the user), <c>offen</c> (not yet assigned), or null (all).</summary>
public sealed record CaseListFilter(CasePhase? Phase = null, bool OverdueOnly = false, string? Responsible = null, int Page = 1, int PageSize = 25)
{
    public const string Me = "ich";
    public const string Unassigned = "offen";
}
