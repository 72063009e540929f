using Kim.Workflows.Domain.Cases;
using Kim.Workflows.Domain.Time;

namespace Kim.Workflows.Domain.Controlling;

/// <summary>
/// The case-management tables of the Sachbericht. Definitions (also in docs/controlling.md):
/// new = opened in the period; closed = closed in the period; open = not closed at the end of the
/// period ("Stichtag"); phases are those at the Stichtag.
/// </summary>
internal static class CaseFigures
{
    private const string New = "Neue Fälle";
    private const string Closed = "Abgeschlossene Fälle";
    private const string Open = "Offene Fälle am Stichtag";

    public static ControllingTable CaseCounts(ControllingFacts facts, ControllingPeriod period, string? districtId)
    {
        var matrix = NewMatrix(facts, [New, Closed, Open], addUp: false);
        foreach (var c in facts.Cases)
        {
            if (period.Contains(c.OpenedAt)) { matrix.Add(c.DistrictId, New); }
            if (c.ClosedAt is { } closed && period.Contains(closed)) { matrix.Add(c.DistrictId, Closed); }
            if (c.OpenAtEndOf(period)) { matrix.Add(c.DistrictId, Open); }
        }

        return CountTable.Of("fallzahlen", "Fallzahlen", "Kennzahl", new SuppressedCounts(matrix), districtId);
    }

    public static ControllingTable Phases(ControllingFacts facts, ControllingPeriod period, string? districtId)
    {
        var phases = Enum.GetValues<CasePhase>().Where(p => p != CasePhase.Abgeschlossen).ToList();
        var matrix = NewMatrix(facts, [.. phases.Select(ControllingLabels.Of)], addUp: true);
        foreach (var c in facts.Cases.Where(c => c.OpenAtEndOf(period)))
        {
            if (c.PhaseAt(period) is { } phase && phase != CasePhase.Abgeschlossen)
            {
                matrix.Add(c.DistrictId, ControllingLabels.Of(phase));
            }
        }

        return CountTable.Of("phasen", "Offene Fälle nach Phase am Stichtag", "Phase", new SuppressedCounts(matrix), districtId);
    }

    public static ControllingTable ClosingReasons(ControllingFacts facts, ControllingPeriod period, string? districtId)
    {
        var matrix = NewMatrix(facts, [.. Enum.GetValues<ClosingReason>().Select(ControllingLabels.Of)], addUp: true);
        foreach (var c in ClosedIn(facts, period).Where(c => c.ClosingReason is not null))
        {
            matrix.Add(c.DistrictId, ControllingLabels.Of(c.ClosingReason!.Value));
        }

        return CountTable.Of("abschlussgruende", "Abschlussgründe der im Zeitraum abgeschlossenen Fälle", "Abschlussgrund",
            new SuppressedCounts(matrix), districtId);
    }

    public static ControllingTable GoalAchievements(ControllingFacts facts, ControllingPeriod period, string? districtId)
    {
        var matrix = NewMatrix(facts, [.. Enum.GetValues<GoalAchievement>().Select(ControllingLabels.Of)], addUp: true);
        foreach (var c in ClosedIn(facts, period).Where(c => c.GoalAchievement is not null))
        {
            matrix.Add(c.DistrictId, ControllingLabels.Of(c.GoalAchievement!.Value));
        }

        return CountTable.Of("zielerreichung", "Zielerreichung (qualitativ) bei Abschluss", "Zielerreichung",
            new SuppressedCounts(matrix), districtId, chart: ChartKind.Doughnut,
            note: "Bewertung der Fallmanagerin/des Fallmanagers beim Abschluss des Falls.");
    }

    /// <summary>
    /// Of the cases active in the period that reached the Assessment (Verweisberatung-only cases
    /// never get a Zielvereinbarung), how many had one agreed by the Stichtag.
    /// </summary>
    public static ControllingTable AgreementShare(ControllingFacts facts, ControllingPeriod period, string? districtId)
    {
        const string With = "Mit Zielvereinbarung";
        const string Without = "Ohne Zielvereinbarung";
        var agreed = facts.Agreements.Where(a => a.AgreedOn <= period.To).Select(a => a.CaseId).ToHashSet();
        var matrix = NewMatrix(facts, [With, Without], addUp: true);
        foreach (var c in facts.Cases.Where(c => c.ActiveIn(period) && ReachedAssessment(c, period)))
        {
            matrix.Add(c.DistrictId, agreed.Contains(c.Id) ? With : Without);
        }

        var counts = new SuppressedCounts(matrix);
        var with = counts.ShownValue(districtId, 0);
        var total = counts.ShownTotal(districtId);
        var share = with is { } w && total is { } t && t >= SmallCellSuppression.Threshold
            ? FigureCell.Percent(Math.Round(100m * w / t, 1))
            : FigureCell.NotAvailable;
        var table = CountTable.Of("zielvereinbarung", "Anteil der Fälle mit Zielvereinbarung", "Fälle ab Assessment", counts, districtId,
            note: "Fälle, die im Zeitraum bearbeitet wurden und das Assessment erreicht haben; Zielvereinbarung bis zum Stichtag.");
        return table with { Rows = [.. table.Rows, new ControllingRow("Anteil mit Zielvereinbarung", [share], RowKind.Derived)] };
    }

    /// <summary>Days from opening to the first Zielvereinbarung, for agreements first made in the period.</summary>
    public static ControllingTable TimeToAgreement(ControllingFacts facts, ControllingPeriod period, string? districtId)
    {
        const string Count = "Erste Zielvereinbarungen im Zeitraum";
        var first = facts.Agreements.GroupBy(a => a.CaseId).ToDictionary(g => g.Key, g => g.Min(a => a.AgreedOn));
        var matrix = NewMatrix(facts, [Count], addUp: false);
        var days = new List<(string District, int Days)>();
        foreach (var c in facts.Cases)
        {
            if (first.TryGetValue(c.Id, out var agreedOn) && period.Contains(agreedOn))
            {
                matrix.Add(c.DistrictId, Count);
                days.Add((c.DistrictId, agreedOn.DayNumber - KimCalendar.DateOf(c.OpenedAt).DayNumber));
            }
        }

        var counts = new SuppressedCounts(matrix);
        var inScope = days.Where(d => districtId is null || d.District == districtId).Select(d => d.Days).ToList();
        var median = counts.ShownValue(districtId, 0) is null ? FigureCell.NotAvailable : Median.Cell(inScope);
        return new ControllingTable("dauer-zielvereinbarung", "Dauer von der Aufnahme bis zur Zielvereinbarung", ["Kennzahl", "Wert"],
            [new ControllingRow(Count, [counts.Cell(districtId, 0)]), new ControllingRow("Median (Tage)", [median], RowKind.Derived)],
            "Median erst ab 5 Fällen.", ChartKind.None);
    }

    public static ControllingTable Caseload(ControllingFacts facts, ControllingPeriod period, string? districtId)
    {
        const string Open = "Offene Fälle";
        var matrix = NewMatrix(facts, [Open], addUp: false);
        foreach (var c in facts.Cases.Where(c => c.OpenAtEndOf(period)))
        {
            matrix.Add(c.DistrictId, Open);
        }

        var counts = new SuppressedCounts(matrix);
        var rows = new List<ControllingRow>();
        foreach (var d in facts.Districts.Where(d => districtId is null || d.Id == districtId))
        {
            rows.Add(CaseloadRow(d.Name, d.CaseManagementPosts, counts, d.Id, RowKind.Data));
        }

        if (districtId is null)
        {
            rows.Add(CaseloadRow("Kreis Warendorf", facts.Districts.Sum(d => d.CaseManagementPosts), counts, null, RowKind.Total));
        }

        return new ControllingTable("fallbelastung", "Fallbelastung je Stelle Case Management (Stichtag)",
            ["Bezirk", "Stellen Case Management", "Offene Fälle", "Fälle je Stelle"], rows,
            "Stellen laut Bezirksaufteilung (Ahlen 1, Beckum 1, Südkreis 2,5, Nordkreis 2,5).")
        { ChartColumns = [2] };
    }

    internal static CountMatrix NewMatrix(ControllingFacts facts, IReadOnlyList<string> categories, bool addUp) =>
        new([.. facts.Districts.Select(d => d.Id)], categories, addUp);

    private static ControllingRow CaseloadRow(string label, decimal posts, SuppressedCounts counts, string? districtId, RowKind kind)
    {
        var open = counts.ShownValue(districtId, 0);
        var perPost = open is { } n && posts > 0 ? FigureCell.Number(Math.Round(n / posts, 1)) : FigureCell.NotAvailable;
        return new ControllingRow(label, [FigureCell.Number(posts, "0.0#"), counts.Cell(districtId, 0), perPost], kind);
    }

    private static IEnumerable<CaseFact> ClosedIn(ControllingFacts facts, ControllingPeriod period) =>
        facts.Cases.Where(c => c.ClosedAt is { } closed && period.Contains(closed));

    private static bool ReachedAssessment(CaseFact c, ControllingPeriod period) =>
        c.PhaseHistory.Any(p => period.ReachedBy(p.EnteredAt) && p.Phase is CasePhase.Assessment or CasePhase.Zielplanung
            or CasePhase.Zielvereinbarung or CasePhase.Leistungssteuerung or CasePhase.Monitoring or CasePhase.ReAssessment);
}
