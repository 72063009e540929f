using Kim.Workflows.Domain.Districts;

namespace Kim.Workflows.Domain.Controlling;

/// <summary>
/// "Controlling der Zielerreichung" (Baustein 1): aggregated, small-cell suppressed tables per
/// district or for the whole Kreis. Reads no names and no free text; access is checked by the
/// caller with <see cref="Access.CaseAccessPolicy.CanSeeAggregates"/>.
/// </summary>
public sealed class ControllingService(ControllingFactsLoader loader, TimeProvider time)
{
    public async Task<ControllingReport> BuildAsync(ControllingPeriod period, string? districtId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(period);
        var facts = await loader.LoadAsync(cancellationToken);
        return Build(facts, period, districtId, time.GetUtcNow());
    }

    public static ControllingReport Build(ControllingFacts facts, ControllingPeriod period, string? districtId, DateTimeOffset createdAt)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var district = districtId is null ? null
            : facts.Districts.FirstOrDefault(d => d.Id == districtId) ?? throw new ArgumentException($"Unbekannter Bezirk {districtId}.", nameof(districtId));
        ControllingTable[] tables =
        [
            CaseFigures.CaseCounts(facts, period, districtId),
            CaseFigures.Phases(facts, period, districtId),
            CaseFigures.ClosingReasons(facts, period, districtId),
            CaseFigures.GoalAchievements(facts, period, districtId),
            CaseFigures.AgreementShare(facts, period, districtId),
            CaseFigures.TimeToAgreement(facts, period, districtId),
            CooperationFigures.Reassessments(facts, period, districtId),
            CooperationFigures.Conferences(facts, period, districtId),
            CooperationFigures.Consultations(facts, period, districtId),
            CooperationFigures.Referrals(facts, period, districtId),
            CaseFigures.Caseload(facts, period, districtId),
        ];
        return new ControllingReport(period, districtId, ScopeName(district), tables, createdAt);
    }

    private static string ScopeName(District? district) => district is null ? "Kreis Warendorf" : "Bezirk " + district.Name;
}
