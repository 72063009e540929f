using Kim.Workflows.Application.Cases;
using Kim.Workflows.Domain.Assessment;
using Kim.Workflows.Web.Cases;
using Kim.Workflows.Web.Privacy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Kim.Workflows.Web.Pages.Cases;

/// <summary>
/// <c>/faelle/{id}/assessment</c>: record an Assessment or Re-Assessment (need level, needs and resources per life area, a
/// summary) and see the earlier ones. Append-only; the form starts from the last assessment's ratings.
/// </summary>
[Authorize(Policy = CasePolicies.Cases)]
public sealed class AssessmentModel(CaseFileService files, AssessmentService assessments, TimeProvider time) : CaseEditPageModel(files, time)
{
    [BindProperty]
    public AssessmentForm Assessment { get; set; } = new();

    protected override string Section => "assessment";

    protected override async Task LoadMoreAsync(CancellationToken cancellationToken) =>
        CyclePlans = await assessments.CycleRunningAsync(CaseFile!.CaseNumber, cancellationToken);

    /// <summary>The running cycle plans the next re-assessment; the page says so instead of promising a new date.</summary>
    public bool CyclePlans { get; private set; }

    /// <summary>The assessments of the file, newest first.</summary>
    public IReadOnlyList<CaseAssessment> History => CaseFile is null ? [] : [.. CaseFile.Assessments.OrderByDescending(a => a.AssessedOn)];

    public async Task<IActionResult> OnGetAsync(Guid id, string? gespeichert, CancellationToken cancellationToken)
    {
        var shown = await ShowAsync(id, cancellationToken);
        if (CaseFile is not null)
        {
            Message = gespeichert == "neu"
                ? $"Das Assessment ist gespeichert. Nächstes Re-Assessment: {CaseFile.NextReassessmentDue:dd.MM.yyyy}."
                    + (CyclePlans ? " Diesen Termin plant der laufende Fallmanagement-Zyklus." : "")
                : null;
            Assessment = AssessmentForm.For(Today, History.Count > 0 ? History[0] : null);
        }

        return shown;
    }

    public async Task<IActionResult> OnPostSpeichernAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!BoundCleanly(nameof(Assessment)))
        {
            return await UnreadableAsync(id, cancellationToken);
        }

        var result = await assessments.RecordAsync(User.ToKimUser(), id, Assessment.ToInput(), cancellationToken);
        return await AfterEditAsync(id, result, nameof(Assessment), "neu", cancellationToken);
    }
}
