using Kim.Workflows.Application.Cases;
using Kim.Workflows.Domain.Assessment;
using Microsoft.EntityFrameworkCore;

namespace Kim.Workflows.Application.Handlers.CaseFile;

/// <summary>
/// <c>eintrag</c> = <c>assessment</c> (after „Assessment je Lebensbereich“: summary from <c>assessmentZusammenfassung</c>) or
/// <c>reassessment</c> (after „Re-Assessment durchführen“: summary from <c>veraenderungen</c> and <c>zielstand</c>). One
/// <see cref="CaseAssessment"/> dated <c>lastAssessmentAt</c> with the rated areas (<see cref="AssessmentFormFields"/>); text
/// of an area left unrated goes into the summary rather than being lost. Like the page, the first assessment of a file is the
/// Assessment and later ones re-assessments; the newest one sets the next re-assessment through <see cref="ReassessmentPlanner"/>.
/// </summary>
internal sealed class AssessmentRecorder(string kind, ReassessmentPlanner planner) : ICaseFileRecorder
{
    public const string AssessmentKind = "assessment";
    public const string ReassessmentKind = "reassessment";

    public string Kind => kind;

    public string What => AssessmentService.What;

    public async Task<int> RecordAsync(CaseFileRecordContext context, CancellationToken cancellationToken)
    {
        var db = context.Db;
        if (await db.Assessments.AnyAsync(a => a.SourceKey == context.Key, cancellationToken).ConfigureAwait(false))
        {
            return 0;
        }

        var v = context.Variables;
        var areas = AssessmentFormFields.Read(v);
        var unrated = areas.Where(a => !a.IsRated && a.HasText)
            .Select(a => $"{LebensbereichNames.Label(a.Lebensbereich)} (ohne Einschätzung): {string.Join(" / ", new[] { a.Needs, a.Resources }.Where(t => t is not null))}");
        string?[] summary = kind == ReassessmentKind
            ? [Variables.String(v, "veraenderungen"), Labelled("Stand der Ergebnisziele", Variables.String(v, "zielstand")), .. unrated]
            : [Variables.String(v, "assessmentZusammenfassung"), .. unrated];
        var input = new AssessmentInput
        {
            AssessedOn = Variables.Date(v.GetValueOrDefault("lastAssessmentAt")) ?? context.Today,
            Areas = areas,
            Summary = FormText.Fit(string.Join("\n\n", summary.Where(s => s is not null)), AssessmentInput.SummaryMaxLength),
        };
        var earlier = await db.Assessments.AnyAsync(a => a.CaseId == context.File.Id, cancellationToken).ConfigureAwait(false);
        var assessment = input.ToAssessment(context.File.Id, earlier, context.RecordedBy);
        assessment.SourceKey = context.Key;
        db.Assessments.Add(assessment);
        // A form dated before the file's last assessment is history: kept, but it does not re-plan backwards.
        if (context.File.LastAssessmentOn is not { } last || assessment.AssessedOn >= last)
        {
            planner.RecordAssessment(context.File, assessment.AssessedOn);
        }

        return 1;
    }

    private static string? Labelled(string label, string? text) => text is null ? null : $"{label}: {text}";
}
