using Kim.Workflows.Domain.Assessment;

namespace Kim.Workflows.Application.Cases;

/// <summary>
/// An assessment or re-assessment as entered: the day, the nine life areas (each rated or left out), a summary. Areas are
/// keyed in messages by their position (<c>Areas[2].Needs</c>), as the page and the API list them.
/// </summary>
public sealed record AssessmentInput
{
    public const int TextMaxLength = 2000;
    public const int SummaryMaxLength = 4000;

    public DateOnly? AssessedOn { get; init; }

    public IReadOnlyList<AssessmentAreaInput> Areas { get; init; } = [];

    public string? Summary { get; init; }

    /// <summary>
    /// German messages keyed by field; empty when valid. The day lies neither in the future nor before the last recorded
    /// assessment (<paramref name="lastAssessmentOn"/>): the history is append-only and the newest one plans the next.
    /// </summary>
    public IReadOnlyDictionary<string, string> Validate(DateOnly today, DateOnly? lastAssessmentOn)
    {
        var errors = new InputErrors();
        if (AssessedOn is not { } on)
        {
            errors.Add(nameof(AssessedOn), "Bitte das Datum des Assessments angeben.");
        }
        else if (on > today)
        {
            errors.Add(nameof(AssessedOn), "Das Datum des Assessments darf nicht in der Zukunft liegen.");
        }
        else if (lastAssessmentOn is { } last && on < last)
        {
            errors.Add(nameof(AssessedOn), $"Das letzte Assessment ist vom {last:dd.MM.yyyy}; ein früheres kann nicht nachgetragen werden.");
        }

        var seen = new HashSet<Lebensbereich>();
        for (var i = 0; i < Areas.Count; i++)
        {
            var area = Areas[i];
            var prefix = $"{nameof(Areas)}[{i}].";
            if (!Enum.IsDefined(area.Lebensbereich) || !seen.Add(area.Lebensbereich))
            {
                errors.Add(prefix + nameof(AssessmentAreaInput.Lebensbereich), "Jeder Lebensbereich darf nur einmal vorkommen.");
            }

            if (area.NeedLevel is { } level && !Enum.IsDefined(level))
            {
                errors.Add(prefix + nameof(AssessmentAreaInput.NeedLevel), "Unbekannte Einschätzung des Bedarfs.");
            }
            else if (!area.IsRated && area.HasText)
            {
                errors.Add(prefix + nameof(AssessmentAreaInput.NeedLevel), "Bitte den Bedarf einschätzen oder den Text leeren.");
            }

            errors.Optional(prefix + nameof(AssessmentAreaInput.Needs), area.Needs, TextMaxLength, "Der Bedarf");
            errors.Optional(prefix + nameof(AssessmentAreaInput.Resources), area.Resources, TextMaxLength, "Die Ressourcen");
        }

        if (!Areas.Any(a => a.IsRated))
        {
            errors.Add(nameof(Areas), "Bitte mindestens einen Lebensbereich einschätzen.");
        }

        errors.Optional(nameof(Summary), Summary, SummaryMaxLength, "Die Zusammenfassung");
        return errors.All;
    }

    /// <summary>The record: rated areas only, texts trimmed.</summary>
    internal CaseAssessment ToAssessment(Guid caseId, bool isReassessment, string assessedBy)
    {
        var assessment = new CaseAssessment
        {
            CaseId = caseId, AssessedOn = AssessedOn!.Value, IsReassessment = isReassessment, AssessedBy = assessedBy, Summary = InputErrors.Clean(Summary),
        };
        foreach (var area in Areas.Where(a => a.IsRated))
        {
            assessment.Areas.Add(new LebensbereichAssessment
            {
                AssessmentId = assessment.Id, Lebensbereich = area.Lebensbereich, NeedLevel = area.NeedLevel!.Value,
                Needs = InputErrors.Clean(area.Needs), Resources = InputErrors.Clean(area.Resources),
            });
        }

        return assessment;
    }
}
