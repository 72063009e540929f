using Kim.Workflows.Domain.Cases;
using Kim.Workflows.Domain.Conferences;
using Kim.Workflows.Domain.Consultations;
using Kim.Workflows.Domain.Time;

namespace Kim.Workflows.Domain.Controlling;

/// <summary>Re-assessments, Fallkonferenzen, consultations with ABH/EBH and Verweisberatungen.</summary>
internal static class CooperationFigures
{
    private const string OnTime = "Fristgerecht durchgeführt";
    private const string Late = "Verspätet durchgeführt";
    private const string Overdue = "Am Stichtag überfällig";

    /// <summary>
    /// A re-assessment is on time when it was done by the previous assessment plus the case's
    /// interval. Overdue: an open case whose last assessment plus interval lies before the Stichtag.
    /// The case's current interval is used (interval changes are not kept as history).
    /// </summary>
    public static ControllingTable Reassessments(ControllingFacts facts, ControllingPeriod period, string? districtId)
    {
        var matrix = CaseFigures.NewMatrix(facts, [OnTime, Late, Overdue], addUp: false);
        var byCase = facts.Assessments.ToLookup(a => a.CaseId);
        foreach (var c in facts.Cases)
        {
            var dates = byCase[c.Id].Select(a => a).OrderBy(a => a.AssessedOn).ToList();
            for (var i = 1; i < dates.Count; i++)
            {
                if (dates[i].IsReassessment && period.Contains(dates[i].AssessedOn))
                {
                    var due = dates[i - 1].AssessedOn.AddMonths(c.ReassessmentIntervalMonths);
                    matrix.Add(c.DistrictId, dates[i].AssessedOn <= due ? OnTime : Late);
                }
            }

            var last = dates.LastOrDefault(a => a.AssessedOn <= period.To);
            if (last is not null && c.OpenAtEndOf(period) && last.AssessedOn.AddMonths(c.ReassessmentIntervalMonths) < period.To)
            {
                matrix.Add(c.DistrictId, Overdue);
            }
        }

        return CountTable.Of("reassessments", "Re-Assessments: fristgerecht und überfällig", "Re-Assessment",
            new SuppressedCounts(matrix), districtId, note: "Frist: letztes Assessment plus Intervall des Falls (Standard sechs Monate).");
    }

    public static ControllingTable Conferences(ControllingFacts facts, ControllingPeriod period, string? districtId)
    {
        var matrix = CaseFigures.NewMatrix(facts, [.. Enum.GetValues<ConferenceKind>().Select(ControllingLabels.Of)], addUp: true);
        foreach (var c in facts.Conferences.Where(c => c.Status is ConferenceStatus.Durchgefuehrt or ConferenceStatus.Protokolliert
            && period.Contains(c.ScheduledAt)))
        {
            matrix.Add(c.DistrictId, ControllingLabels.Of(c.Kind));
        }

        return CountTable.Of("fallkonferenzen", "Durchgeführte Fallkonferenzen", "Art", new SuppressedCounts(matrix), districtId);
    }

    /// <summary>
    /// Consultations answered in the period, per authority and outcome, with the median days from
    /// asking to answering. One matrix per authority, so an authority's total is a suppressed sum too.
    /// </summary>
    public static ControllingTable Consultations(ControllingFacts facts, ControllingPeriod period, string? districtId)
    {
        var districtOf = facts.Cases.ToDictionary(c => c.Id, c => c.DistrictId);
        var outcomes = Enum.GetValues<ConsultationOutcome>();
        var authorities = Enum.GetValues<Authority>();
        var answered = facts.Consultations
            .Where(c => c.Outcome is not null && c.AnsweredAt is { } at && period.Contains(at) && districtOf.ContainsKey(c.CaseId))
            .ToList();
        var perAuthority = authorities.Select(authority =>
        {
            var matrix = CaseFigures.NewMatrix(facts, [.. outcomes.Select(ControllingLabels.Of)], addUp: true);
            var days = new List<int>();
            foreach (var c in answered.Where(c => c.Authority == authority))
            {
                matrix.Add(districtOf[c.CaseId], ControllingLabels.Of(c.Outcome!.Value));
                if (c.AskedAt is { } asked && (districtId is null || districtOf[c.CaseId] == districtId))
                {
                    days.Add(KimCalendar.DateOf(c.AnsweredAt!.Value).DayNumber - KimCalendar.DateOf(asked).DayNumber);
                }
            }

            var counts = new SuppressedCounts(matrix);
            var median = counts.ShownTotal(districtId) is null ? FigureCell.NotAvailable : Median.Cell(days);
            return (Counts: counts, Median: median);
        }).ToList();

        var rows = outcomes.Select((o, i) => new ControllingRow(ControllingLabels.Of(o), [.. perAuthority.Select(a => a.Counts.Cell(districtId, i))]))
            .ToList();
        rows.Add(new ControllingRow("Beantwortet gesamt", [.. perAuthority.Select(a => a.Counts.Total(districtId))], RowKind.Total));
        rows.Add(new ControllingRow("Median Tage bis zur Antwort", [.. perAuthority.Select(a => a.Median)], RowKind.Derived));
        return new ControllingTable("anfragen-abh-ebh", "Anfragen an Ausländer- und Einbürgerungsbehörde nach Ergebnis",
            ["Ergebnis", .. authorities.Select(ControllingLabels.Of)], rows,
            "Im Zeitraum beantwortete Anfragen; Median erst ab 5 Antworten.")
        { ChartColumns = [0, 1] };
    }

    /// <summary>Verweisberatungen started in the period by the legal domain whose case management takes over.</summary>
    public static ControllingTable Referrals(ControllingFacts facts, ControllingPeriod period, string? districtId)
    {
        var districtOf = facts.Cases.ToDictionary(c => c.Id, c => c.DistrictId);
        var domains = new[] { Rechtskreis.SgbII, Rechtskreis.SgbIII, Rechtskreis.SgbVIII, Rechtskreis.SgbXII, Rechtskreis.AsylbLG, Rechtskreis.Keiner };
        var matrix = CaseFigures.NewMatrix(facts, [.. domains.Select(ControllingLabels.Of)], addUp: true);
        foreach (var r in facts.Referrals.Where(r => r.StartedOn is { } on && period.Contains(on) && districtOf.ContainsKey(r.CaseId)))
        {
            // A referral names one legal domain; a combined value counts under its first flag so the table still adds up.
            var target = domains.FirstOrDefault(d => d != Rechtskreis.Keiner && (r.Target ?? Rechtskreis.Keiner).HasFlag(d));
            matrix.Add(districtOf[r.CaseId], ControllingLabels.Of(target));
        }

        return CountTable.Of("verweisberatungen", "Verweisberatungen nach Rechtskreis", "Rechtskreis", new SuppressedCounts(matrix), districtId);
    }
}
