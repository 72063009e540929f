using Kim.Workflows.Domain.Persistence;
using Kim.Workflows.Domain.Services;
using Microsoft.EntityFrameworkCore;

namespace Kim.Workflows.Domain.Controlling;

/// <summary>
/// Reads the columns controlling needs, without tracking and without personal fields. The whole
/// Kreis fits in memory (a few thousand cases a year), so periods and districts are filtered in C#,
/// which keeps the date logic in Warendorf calendar days on SQLite and PostgreSQL alike.
/// </summary>
public sealed class ControllingFactsLoader(KimDbContext db)
{
    public async Task<ControllingFacts> LoadAsync(CancellationToken cancellationToken = default)
    {
        var districts = await db.Districts.AsNoTracking().OrderBy(d => d.Id).ToListAsync(cancellationToken);
        var phases = (await db.PhaseChanges.AsNoTracking().ToListAsync(cancellationToken))
            .ToLookup(p => p.CaseId);
        var cases = (await db.Cases.AsNoTracking()
                .Select(c => new { c.Id, c.DistrictId, c.OpenedAt, c.ClosedAt, c.ClosingReason, c.GoalAchievement, c.ReassessmentIntervalMonths })
                .ToListAsync(cancellationToken))
            .Select(c => new CaseFact(c.Id, c.DistrictId, c.OpenedAt, c.ClosedAt, c.ClosingReason, c.GoalAchievement,
                c.ReassessmentIntervalMonths, [.. phases[c.Id].OrderBy(p => p.EnteredAt)]))
            .ToList();
        var assessments = await db.Assessments.AsNoTracking()
            .Select(a => new AssessmentFact(a.CaseId, a.AssessedOn, a.IsReassessment)).ToListAsync(cancellationToken);
        var agreements = await db.Zielvereinbarungen.AsNoTracking()
            .Select(z => new AgreementFact(z.CaseId, z.AgreedOn)).ToListAsync(cancellationToken);
        var conferences = await db.Conferences.AsNoTracking()
            .Select(c => new ConferenceFact(c.DistrictId, c.Kind, c.Status, c.ScheduledAt)).ToListAsync(cancellationToken);
        var consultations = await db.Consultations.AsNoTracking()
            .Select(c => new ConsultationFact(c.CaseId, c.Authority, c.Outcome, c.AskedAt, c.AnsweredAt)).ToListAsync(cancellationToken);
        var referrals = await db.Services.AsNoTracking()
            .Where(s => s.Kind == ServiceKind.Verweisberatung)
            .Select(s => new ReferralFact(s.CaseId, s.TargetRechtskreis, s.StartedOn)).ToListAsync(cancellationToken);
        return new ControllingFacts(districts, cases, assessments, agreements, conferences, consultations, referrals);
    }
}
