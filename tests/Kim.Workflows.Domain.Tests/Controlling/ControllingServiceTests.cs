using System.Text;
using Kim.Workflows.Domain.Controlling;
using Kim.Workflows.Domain.Districts;

namespace Kim.Workflows.Domain.Tests.Controlling;

/// <summary>Figures against the hand-counted <see cref="ControllingFixture"/>; see its summary for the cases.</summary>
public sealed class ControllingServiceTests : IAsyncLifetime
{
    private TestDatabase _database = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        await using var db = _database.CreateContext();
        await ControllingFixture.StoreAsync(db);
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    private async Task<ControllingReport> ReportAsync(string? district)
    {
        await using var db = _database.CreateContext();
        return await new ControllingService(new ControllingFactsLoader(db), TestClock.At()).BuildAsync(ControllingFixture.Period, district);
    }

    private static string[] Column(ControllingReport report, string key, int column = 0) =>
        [.. report.Table(key)!.Rows.Select(r => $"{r.Label}={r.Cells[column].Display}")];

    [Fact]
    public async Task Case_counts_hide_the_small_closed_count_and_the_district_that_would_reveal_it()
    {
        var kreis = await ReportAsync(null);
        Assert.Equal(["Neue Fälle=14", "Abgeschlossene Fälle=9", "Offene Fälle am Stichtag=19"], Column(kreis, "fallzahlen"));

        // Nordkreis closed 2 (< 5); Kreis 9 minus Südkreis 7 would give it away, so Südkreis is hidden too.
        Assert.Equal(["Neue Fälle=0", "Abgeschlossene Fälle=< 5", "Offene Fälle am Stichtag=5"], Column(await ReportAsync(KreisWarendorf.Nordkreis), "fallzahlen"));
        Assert.Equal(["Neue Fälle=0", "Abgeschlossene Fälle=x", "Offene Fälle am Stichtag=0"], Column(await ReportAsync(KreisWarendorf.Suedkreis), "fallzahlen"));
        Assert.Equal(["Neue Fälle=8", "Abgeschlossene Fälle=0", "Offene Fälle am Stichtag=8"], Column(await ReportAsync(KreisWarendorf.Ahlen), "fallzahlen"));
    }

    [Fact]
    public async Task Phases_at_the_stichtag_with_secondary_suppression_in_row_and_column()
    {
        var kreis = Column(await ReportAsync(null), "phasen");
        Assert.Contains("Erstberatung=6", kreis);
        Assert.Contains("Assessment=< 5", kreis);
        // Ahlen's Zielvereinbarung (6) is hidden because Ahlen's total 8 minus 6 gives Assessment = 2;
        // the Kreis cell equals Ahlen's alone, so it is hidden as well.
        Assert.Contains("Zielvereinbarung=x", kreis);
        Assert.Contains("Monitoring=5", kreis);
        Assert.Contains("Gesamt=19", kreis);
        var ahlen = Column(await ReportAsync(KreisWarendorf.Ahlen), "phasen");
        Assert.Contains("Assessment=< 5", ahlen);
        Assert.Contains("Zielvereinbarung=x", ahlen);
        Assert.Contains("Gesamt=8", ahlen);
    }

    [Fact]
    public async Task Closing_reasons_and_goal_achievement_of_cases_closed_in_the_period()
    {
        var kreis = await ReportAsync(null);
        var reasons = Column(kreis, "abschlussgruende");
        Assert.Contains("Ziele erreicht=5", reasons);
        Assert.Contains("Wegzug=< 5", reasons);
        Assert.Contains("Kontakt abgebrochen=< 5", reasons);
        Assert.Contains("Verstorben=0", reasons);
        Assert.Contains("Gesamt=9", reasons);
        var achievement = Column(kreis, "zielerreichung");
        Assert.Contains("Vollständig erreicht=5", achievement);
        Assert.Contains("Teilweise erreicht=< 5", achievement);
        Assert.Contains("Nicht bewertbar=< 5", achievement);

        // Südkreis: 5 + (< 5) with a shown total of 7 would reveal Wegzug = 2.
        var sued = Column(await ReportAsync(KreisWarendorf.Suedkreis), "abschlussgruende");
        Assert.Contains("Ziele erreicht=5", sued);
        Assert.Contains("Wegzug=< 5", sued);
        Assert.Contains("Gesamt=x", sued);
    }

    [Fact]
    public async Task Median_days_to_the_zielvereinbarung_and_answer_times()
    {
        var ahlen = await ReportAsync(KreisWarendorf.Ahlen);
        Assert.Equal(["Erste Zielvereinbarungen im Zeitraum=6", "Median (Tage)=35,0"], Column(ahlen, "dauer-zielvereinbarung"));
        var consultations = ahlen.Table("anfragen-abh-ebh")!;
        Assert.Equal(["Positiv=6", "Negativ=0", "Unterlagen fehlen=0", "Beantwortet gesamt=6", "Median Tage bis zur Antwort=7,0"],
            consultations.Rows.Select(r => $"{r.Label}={r.Cells[0].Display}"));
        // One EBH answer: count and median are withheld.
        Assert.Equal(["Positiv=0", "Negativ=< 5", "Unterlagen fehlen=0", "Beantwortet gesamt=< 5", "Median Tage bis zur Antwort=–"],
            consultations.Rows.Select(r => $"{r.Label}={r.Cells[1].Display}"));
        Assert.Equal(["Erste Zielvereinbarungen im Zeitraum=0", "Median (Tage)=–"], Column(await ReportAsync(KreisWarendorf.Beckum), "dauer-zielvereinbarung"));
    }

    [Fact]
    public async Task Reassessments_conferences_referrals_and_caseload()
    {
        var kreis = await ReportAsync(null);
        Assert.Equal(["Fristgerecht durchgeführt=< 5", "Verspätet durchgeführt=< 5", "Am Stichtag überfällig=< 5"], Column(kreis, "reassessments"));
        // Ahlen held 5 individual conferences, Nordkreis 1 structural: Kreis 6 − Ahlen 5 would reveal Nordkreis.
        Assert.Equal(["Individuelle Fallkonferenz=x", "Strukturelle (anonymisierte) Fallkonferenz=< 5", "Gesamt=6"], Column(kreis, "fallkonferenzen"));
        Assert.Contains("SGB II (Jobcenter)=5", Column(await ReportAsync(KreisWarendorf.Beckum), "verweisberatungen"));
        Assert.Equal(["Ahlen=8,0", "Beckum=6,0", "Nordkreis=2,0", "Südkreis=0,0", "Kreis Warendorf=2,7"], Column(kreis, "fallbelastung", 2));
    }

    [Fact]
    public async Task Share_with_zielvereinbarung_is_withheld_when_it_rests_on_a_hidden_count()
    {
        var kreis = Column(await ReportAsync(null), "zielvereinbarung");
        Assert.Contains("Ohne Zielvereinbarung=< 5", kreis);
        Assert.Contains("Mit Zielvereinbarung=x", kreis);
        Assert.Contains("Gesamt=20", kreis);
        Assert.Contains("Anteil mit Zielvereinbarung=–", kreis);
    }

    [Fact]
    public async Task Csv_has_bom_semicolons_german_headers_and_the_suppression_marks()
    {
        var report = await ReportAsync(null);
        var table = report.Table("abschlussgruende")!;
        var bytes = ControllingCsv.ToBytes(report, table);
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n");
        Assert.Equal("Abschlussgründe der im Zeitraum abgeschlossenen Fälle", lines[0]);
        Assert.Equal("Zeitraum;01.01.2026–30.06.2026", lines[2]);
        Assert.Contains("Abschlussgrund;Anzahl", lines);
        Assert.Contains("Übergabe an das Regelsystem;0", lines);
        Assert.Contains("Wegzug;< 5", lines);
        Assert.Equal("kim-abschlussgruende-kreis-20260101-20260630.csv", ControllingCsv.FileName(report, table));
    }
}
