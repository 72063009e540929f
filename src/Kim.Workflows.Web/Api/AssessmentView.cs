using Kim.Workflows.Domain.Assessment;

namespace Kim.Workflows.Web.Api;

/// <summary>A recorded assessment (client data: read only under the access rules, and logged).</summary>
public sealed record AssessmentView(Guid Id, DateOnly AssessedOn, bool IsReassessment, string AssessedBy, string? Summary, IReadOnlyList<AssessmentAreaView> Areas)
{
    public static AssessmentView Of(CaseAssessment a) => new(a.Id, a.AssessedOn, a.IsReassessment, a.AssessedBy, a.Summary,
        [.. a.Areas.OrderBy(x => x.Lebensbereich).Select(x => new AssessmentAreaView(x.Lebensbereich, x.NeedLevel, x.Needs, x.Resources))]);
}
