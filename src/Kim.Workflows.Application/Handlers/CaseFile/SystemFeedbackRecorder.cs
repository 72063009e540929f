using Kim.Workflows.Domain.Findings;
using Microsoft.EntityFrameworkCore;

namespace Kim.Workflows.Application.Handlers.CaseFile;

/// <summary>
/// The form of „Leistungen vermitteln und steuern“ also asks for structural barriers (<c>strukturelleHuerden</c>, area
/// <c>huerdenBereich</c>): a non-empty text becomes a Systemrückmeldung for the district's coordination, as if recorded on
/// the page „Systemrückmeldung erfassen“ by the process's case manager. The same text for the same case is recorded once,
/// so a job run twice or a form shown again with the old text adds nothing.
/// </summary>
internal static class SystemFeedbackRecorder
{
    public const int DescriptionMaxLength = 2000;

    public static async Task<int> RecordAsync(CaseFileRecordContext context, CancellationToken cancellationToken)
    {
        var text = Variables.String(context.Variables, "strukturelleHuerden")?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return 0;
        }

        var description = FormText.Fit(text, DescriptionMaxLength)!;
        var file = context.File;
        var known = await context.Db.Findings.Where(f => f.LinkedCaseId == file.Id).Select(f => f.Description).ToListAsync(cancellationToken).ConfigureAwait(false);
        if (known.Any(d => string.Equals(d.Trim(), description, StringComparison.OrdinalIgnoreCase)))
        {
            return 0;
        }

        context.Db.Findings.Add(new StructuralFinding
        {
            Category = FindingCategoryNames.ParseOrOther(Variables.String(context.Variables, "huerdenBereich")),
            DistrictId = file.DistrictId,
            MunicipalityId = file.MunicipalityId,
            Description = description,
            LinkedCaseId = file.Id,
            ReportedBy = context.RecordedBy,
            ReportedAt = context.Now,
        });
        return 1;
    }
}
