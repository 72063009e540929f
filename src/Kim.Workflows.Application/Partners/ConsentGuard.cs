using Kim.Workflows.Domain.Consents;
using Kim.Workflows.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Kim.Workflows.Application.Partners;

/// <summary>
/// The consent hook: case data goes to a partner only with a valid, unrevoked Schweigepflichtentbindung of
/// that case naming the partner and every data category, checked at the engine's now (a revocation takes
/// effect at once). Used by the consent check task and again by every handler that mails case data.
/// </summary>
public sealed class ConsentGuard(ConsentChecker checker, TimeProvider time)
{
    public async Task<IReadOnlyList<ConsentVerdict>> CheckAsync(
        KimDbContext db, string? caseNumber, IEnumerable<string> partnerIds, IEnumerable<string> categoryNames, CancellationToken cancellationToken)
    {
        var ids = partnerIds.Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => p.Trim()).Distinct(StringComparer.Ordinal).ToList();
        var file = caseNumber is null ? null : await db.Cases.AsNoTracking().Include(c => c.Consents)
            .FirstOrDefaultAsync(c => c.CaseNumber == caseNumber, cancellationToken).ConfigureAwait(false);
        var partners = await PartnerDirectory.ResolveAsync(db, ids, cancellationToken).ConfigureAwait(false);
        var (categories, unknown) = DataCategoryNames.Parse(categoryNames);
        var now = time.GetUtcNow();
        var verdicts = new List<ConsentVerdict>();
        foreach (var id in ids)
        {
            var partner = partners[id];
            string? reason = file is null ? $"Die Fallakte {caseNumber} ist nicht vorhanden."
                : partner is null ? $"Der Partner „{id}“ ist im Partnerverzeichnis nicht bekannt."
                : unknown.Count > 0 ? $"Unbekannte Datenkategorie: {string.Join(", ", unknown)}."
                : null;
            if (reason is null)
            {
                var decision = checker.CheckAll(file!.Consents, file.Id, partner!.Id, categories.Count > 0 ? categories : [DataCategory.Stammdaten], now);
                reason = decision.Allowed ? null : decision.Reason;
            }

            verdicts.Add(new ConsentVerdict(id, partner, reason is null, reason));
        }

        return verdicts;
    }
}
