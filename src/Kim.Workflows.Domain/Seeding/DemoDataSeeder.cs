using Kim.Workflows.Domain.Assessment;
using Kim.Workflows.Domain.Cases;
using Kim.Workflows.Domain.Districts;
using Kim.Workflows.Domain.Partners;
using Kim.Workflows.Domain.Persistence;
using Kim.Workflows.Domain.Time;
using Microsoft.EntityFrameworkCore;

namespace Kim.Workflows.Domain.Seeding;

/// <summary>
/// Fills the embedded default with a living demo: the districts, the partner directory and about
/// 40 fictitious cases in every phase and district, some with overdue re-assessments, pending
/// conferences, open consultations and revoked or expired consents. Idempotent: reference data is
/// matched by key, the cases are guarded by a seed marker, so a second run adds nothing.
/// </summary>
public sealed class DemoDataSeeder(KimDbContext db, TimeProvider time, ReassessmentPlanner planner)
{
    public const string CasesMarker = "demo-cases-v1";
    public const int DefaultCaseCount = 40;
    public const int DefaultRandomSeed = 20210501;

    public async Task<DemoSeedResult> SeedAsync(int caseCount = DefaultCaseCount, int randomSeed = DefaultRandomSeed, CancellationToken cancellationToken = default)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var districts = await SeedDistrictsAsync(cancellationToken);
        var partners = await SeedPartnersAsync(cancellationToken);
        var cases = 0;
        if (!await db.SeedMarkers.AnyAsync(m => m.Name == CasesMarker, cancellationToken))
        {
            cases = await SeedCasesAsync(districts, partners, caseCount, randomSeed, cancellationToken);
            db.SeedMarkers.Add(new SeedMarker { Name = CasesMarker, AppliedAt = time.GetUtcNow() });
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new DemoSeedResult(districts.Added, partners.Added, cases);
    }

    private async Task<(IReadOnlyList<District> All, int Added)> SeedDistrictsAsync(CancellationToken cancellationToken)
    {
        var existing = await db.Districts.Include(d => d.Municipalities).ToDictionaryAsync(d => d.Id, cancellationToken);
        var added = 0;
        var all = new List<District>();
        foreach (var district in KreisWarendorf.CreateDistricts())
        {
            if (existing.TryGetValue(district.Id, out var stored))
            {
                all.Add(stored);
                continue;
            }

            db.Districts.Add(district);
            all.Add(district);
            added++;
        }

        await db.SaveChangesAsync(cancellationToken);
        return (all, added);
    }

    private async Task<(IReadOnlyDictionary<string, PartnerOrganisation> ByName, int Added)> SeedPartnersAsync(CancellationToken cancellationToken)
    {
        var existing = await db.Partners.Include(p => p.ContactPersons).ToDictionaryAsync(p => p.Name, cancellationToken);
        var added = 0;
        foreach (var partner in DemoPartners.Create())
        {
            if (existing.TryAdd(partner.Name, partner))
            {
                db.Partners.Add(partner);
                added++;
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return (existing, added);
    }

    private async Task<int> SeedCasesAsync(
        (IReadOnlyList<District> All, int Added) districts,
        (IReadOnlyDictionary<string, PartnerOrganisation> ByName, int Added) partners,
        int caseCount,
        int randomSeed,
        CancellationToken cancellationToken)
    {
        var random = new Random(randomSeed);
        var now = time.GetUtcNow();
        var byId = districts.All.ToDictionary(d => d.Id);
        // Weighted by posts (1 : 1 : 2.5 : 2.5) so caseload per post looks plausible.
        string[] districtCycle =
        [
            KreisWarendorf.Ahlen, KreisWarendorf.Suedkreis, KreisWarendorf.Nordkreis, KreisWarendorf.Beckum,
            KreisWarendorf.Suedkreis, KreisWarendorf.Nordkreis, KreisWarendorf.Suedkreis, KreisWarendorf.Nordkreis,
        ];
        var phases = Enum.GetValues<CasePhase>();
        var factory = new DemoCaseFactory(random, now, planner, partners.ByName);
        var counters = await db.CaseNumberCounters.ToDictionaryAsync(c => c.Year, cancellationToken);
        string NumberFor(DateTimeOffset opened)
        {
            var year = KimCalendar.DateOf(opened).Year;
            if (!counters.TryGetValue(year, out var counter))
            {
                counter = new CaseNumberCounter { Year = year };
                counters[year] = counter;
                db.CaseNumberCounters.Add(counter);
            }

            counter.LastNumber++;
            return CaseNumberGenerator.Format(year, counter.LastNumber);
        }

        var numbered = new List<Fallakte>();
        for (var i = 0; i < caseCount; i++)
        {
            var phase = phases[i % phases.Length];
            var overdue = phase == CasePhase.ReAssessment || (phase == CasePhase.Monitoring && i % 20 < 10);
            numbered.Add(factory.Create(i, NumberFor, byId[districtCycle[i % districtCycle.Length]], phase, overdue));
        }

        db.Cases.AddRange(numbered);
        var activity = new DemoActivitySeeder(db, random, now, partners.ByName);
        activity.AddConferencesAndConsultations(numbered);
        activity.AddFindings(numbered);
        return numbered.Count;
    }
}
