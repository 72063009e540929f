using Kim.Workflows.Application.Cases;
using Kim.Workflows.Domain.Assessment;

namespace Kim.Workflows.Web.Pages.Cases;

/// <summary>
/// The assessment form: the day, all nine life areas (in the enum's order, so <c>Areas[i]</c> is the same area in the form and
/// in the service's messages) and a summary. Names as in <see cref="AssessmentInput"/>.
/// </summary>
public sealed class AssessmentForm
{
    public DateOnly? AssessedOn { get; set; }

    public List<AssessmentAreaForm> Areas { get; set; } = [];

    public string? Summary { get; set; }

    public AssessmentInput ToInput() => new() { AssessedOn = AssessedOn, Areas = [.. Areas.Select(a => a.ToInput())], Summary = Summary };

    /// <summary>A new form for <paramref name="today"/>, its ratings and texts taken over from <paramref name="last"/> (a re-assessment starts from there).</summary>
    public static AssessmentForm For(DateOnly today, CaseAssessment? last) => new()
    {
        AssessedOn = today,
        Areas = [.. Enum.GetValues<Lebensbereich>().Select(area => last?.Areas.FirstOrDefault(a => a.Lebensbereich == area) is { } rated
            ? new AssessmentAreaForm { Lebensbereich = area, NeedLevel = rated.NeedLevel, Needs = rated.Needs, Resources = rated.Resources }
            : new AssessmentAreaForm { Lebensbereich = area })],
    };
}
