using Kim.Workflows.Application.Cases;
using Kim.Workflows.Domain.Assessment;

namespace Kim.Workflows.Web.Pages.Cases;

/// <summary>One life area in the assessment form; names as in <see cref="AssessmentAreaInput"/>.</summary>
public sealed class AssessmentAreaForm
{
    public Lebensbereich Lebensbereich { get; set; }

    public NeedLevel? NeedLevel { get; set; }

    public string? Needs { get; set; }

    public string? Resources { get; set; }

    public AssessmentAreaInput ToInput() => new() { Lebensbereich = Lebensbereich, NeedLevel = NeedLevel, Needs = Needs, Resources = Resources };
}
