using Kim.Workflows.Domain.Assessment;

namespace Kim.Workflows.Web.Api;

/// <summary>A rated life area of a recorded assessment.</summary>
public sealed record AssessmentAreaView(Lebensbereich Lebensbereich, NeedLevel NeedLevel, string? Needs, string? Resources);
