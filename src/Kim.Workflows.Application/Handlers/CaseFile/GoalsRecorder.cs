using Kim.Workflows.Application.Cases;
using Kim.Workflows.Domain.Assessment;
using Kim.Workflows.Domain.Goals;
using Microsoft.EntityFrameworkCore;

namespace Kim.Workflows.Application.Handlers.CaseFile;

/// <summary>
/// <c>eintrag</c> = <c>ergebnisziele</c> (after „Ergebnisziele festlegen“): one open Ergebnisziel per line of
/// <c>ergebnisziele</c> (<see cref="GoalLines"/>), life area from the line or the field <c>lebensbereich</c>, with its
/// Handlungsziele. Merged into the file: a line naming a goal the file already has (same life area and text, not verworfen)
/// adds no second goal, only its new steps; so a form shown again in the loop "Ziele anpassen" with the old lines in it
/// duplicates nothing. Ratings (status, percent) are made on the goals page.
/// </summary>
internal sealed class GoalsRecorder : ICaseFileRecorder
{
    public const string RecordKind = "ergebnisziele";

    public string Kind => RecordKind;

    public string What => GoalService.What;

    public async Task<int> RecordAsync(CaseFileRecordContext context, CancellationToken cancellationToken)
    {
        var db = context.Db;
        var prefix = context.LinePrefix;
        if (await db.Ergebnisziele.AnyAsync(g => g.SourceKey != null && g.SourceKey.StartsWith(prefix), cancellationToken).ConfigureAwait(false))
        {
            return 0;
        }

        var v = context.Variables;
        var defaultArea = LebensbereichNames.TryParse(Variables.String(v, "lebensbereich"), out var area) ? area : (Lebensbereich?)null;
        var lines = GoalLines.Parse(Variables.String(v, "ergebnisziele"), defaultArea, context.Today);

        var goals = await db.Ergebnisziele.Include(g => g.Handlungsziele).Where(g => g.CaseId == context.File.Id)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var created = 0;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            var goal = goals.FirstOrDefault(g => g.Status != GoalStatus.Verworfen && g.Lebensbereich == line.Lebensbereich
                && string.Equals(g.Description.Trim(), line.Description, StringComparison.OrdinalIgnoreCase));
            if (goal is null)
            {
                goal = new Ergebnisziel
                {
                    CaseId = context.File.Id, Lebensbereich = line.Lebensbereich, Description = line.Description, TargetDate = line.TargetDate,
                    CreatedOn = context.Today, SourceKey = context.KeyOf(i + 1),
                };
                db.Ergebnisziele.Add(goal);
                goals.Add(goal);
                created++;
            }

            foreach (var step in line.Steps.Where(s => !goal.Handlungsziele.Any(h => string.Equals(h.Description.Trim(), s.Description, StringComparison.OrdinalIgnoreCase))))
            {
                var added = new Handlungsziel { ErgebniszielId = goal.Id, Description = step.Description, Responsible = step.Responsible, DueOn = step.DueOn };
                goal.Handlungsziele.Add(added);
                db.Handlungsziele.Add(added);
                created++;
            }
        }

        return created;
    }
}
