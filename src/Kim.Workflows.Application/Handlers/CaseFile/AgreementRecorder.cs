using Kim.Workflows.Application.Cases;
using Kim.Workflows.Domain.Goals;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Kim.Workflows.Application.Handlers.CaseFile;

/// <summary>
/// <c>eintrag</c> = <c>zielvereinbarung</c> (after „Zielvereinbarung schließen“): a <see cref="Zielvereinbarung"/> dated
/// <c>zielvereinbarungAm</c> over the goals open at that moment, signed as <c>vereinbarungUnterzeichnet</c> says, with the
/// text of <c>vereinbarteZiele</c> as remarks. It supersedes the earlier one, which stays as history. Without an open goal
/// there is nothing to agree on: nothing is recorded (logged), as the page would refuse it too.
/// </summary>
internal sealed class AgreementRecorder(ILogger logger) : ICaseFileRecorder
{
    public const string RecordKind = "zielvereinbarung";

    public string Kind => RecordKind;

    public string What => ZielvereinbarungService.What;

    public async Task<int> RecordAsync(CaseFileRecordContext context, CancellationToken cancellationToken)
    {
        var db = context.Db;
        if (await db.Zielvereinbarungen.AnyAsync(z => z.SourceKey == context.Key, cancellationToken).ConfigureAwait(false))
        {
            return 0;
        }

        var goals = await db.Ergebnisziele.Where(g => g.CaseId == context.File.Id).Select(g => new { g.Id, g.Status, g.CreatedOn })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var open = goals.Where(g => GoalRules.IsOpen(g.Status)).OrderBy(g => g.CreatedOn).Select(g => g.Id).ToList();
        if (open.Count == 0)
        {
            logger.LogWarning("caseFileRecord: {CaseNumber} has no open goal; Zielvereinbarung not recorded", context.File.CaseNumber);
            return 0;
        }

        var v = context.Variables;
        db.Zielvereinbarungen.Add(new Zielvereinbarung
        {
            CaseId = context.File.Id,
            AgreedOn = Variables.Date(v.GetValueOrDefault("zielvereinbarungAm")) ?? context.Today,
            AgreedGoalIds = open,
            SignedByClient = Variables.Bool(v, "vereinbarungUnterzeichnet"),
            Remarks = FormText.Fit(Variables.String(v, "vereinbarteZiele"), ZielvereinbarungInput.RemarksMaxLength),
            RecordedBy = context.RecordedBy,
            RecordedAt = context.Now,
            SourceKey = context.Key,
        });
        return 1;
    }
}
