using System.Globalization;
using System.Net;
using Kim.Workflows.Domain.Access;
using Kim.Workflows.Domain.Assessment;
using Kim.Workflows.Domain.Goals;
using Kim.Workflows.Domain.Services;
using Kim.Workflows.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Kim.Workflows.Web.Tests.Cases;

/// <summary>/faelle/{id}/assessment, /ziele and /leistungen: saves, German messages next to the fields, conflicts, refusals, labels.</summary>
public sealed class PlanningPageTests(PlanningPagesFactory factory) : IClassFixture<PlanningPagesFactory>
{
    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);

    private Task<bool> DeniedLoggedAsync(Guid caseId, string user, string what) =>
        CaseEditPages.DbAsync(factory, db => db.AccessLog.AnyAsync(e => e.CaseId == caseId && e.UserName == user && e.Action == AccessAction.Denied && e.What == what));

    [Fact]
    public async Task An_assessment_is_saved_per_life_area_and_bad_dates_or_unrated_text_are_answered_with_422()
    {
        var file = await CaseEditPages.OpenCaseOfAsync(factory, "cm.sued1");
        using var client = await SignIn.AsAsync(factory, "cm.sued1", apiHeaders: false);
        var page = $"/faelle/{file.Id}/assessment";
        var form = await client.GetStringAsync(page);
        Assert.Contains("name=\"Assessment.Areas[2].NeedLevel\"", form, StringComparison.Ordinal);
        Assert.Contains("Bildung / Anerkennung", form, StringComparison.Ordinal);
        Assert.DoesNotContain("BildungAnerkennung</", form, StringComparison.Ordinal);
        List<(string, string)> fields = [("Assessment.AssessedOn", "2026-03-02"), ("Assessment.Summary", "Sprache zuerst"),
            .. Enum.GetValues<Lebensbereich>().Select((area, i) => ($"Assessment.Areas[{i}].Lebensbereich", area.ToString()))];

        var future = await CaseEditPages.PostAsync(client, page, "Speichern",
            [.. fields.Where(f => f.Item1 != "Assessment.AssessedOn"), ("Assessment.AssessedOn", "2026-03-09"), ("Assessment.Areas[1].Needs", "A2 fehlt")]);
        var html = await future.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.UnprocessableEntity, future.StatusCode);
        Assert.Contains("Das Datum des Assessments darf nicht in der Zukunft liegen.</span>", html, StringComparison.Ordinal);
        Assert.Contains("Bitte den Bedarf einschätzen oder den Text leeren.</span>", html, StringComparison.Ordinal);

        var saved = await CaseEditPages.PostAsync(client, page, "Speichern",
            [.. fields, ("Assessment.Areas[1].NeedLevel", nameof(NeedLevel.DringenderBedarf)), ("Assessment.Areas[1].Needs", "A2 fehlt")]);
        Assert.Equal($"{page}?gespeichert=neu", saved.Headers.Location!.OriginalString);
        var stored = await CaseEditPages.DbAsync(factory, db => db.Assessments.AsNoTracking().Include(a => a.Areas)
            .Where(a => a.CaseId == file.Id).OrderByDescending(a => a.AssessedOn).ThenBy(a => a.Summary == "Sprache zuerst" ? 0 : 1).FirstAsync());
        Assert.Equal(("Sprache zuerst", Lebensbereich.Sprache, "A2 fehlt"), (stored.Summary, Assert.Single(stored.Areas).Lebensbereich, stored.Areas[0].Needs));
        Assert.Contains("Nächstes Re-Assessment: 02.09.2026", await client.GetStringAsync($"{page}?gespeichert=neu"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Goals_are_set_rated_and_agreed_and_a_stale_rating_is_a_conflict()
    {
        var file = await CaseEditPages.OpenCaseOfAsync(factory, "cm.sued1", skip: 1);
        using var client = await SignIn.AsAsync(factory, "cm.sued1", apiHeaders: false);
        var page = $"/faelle/{file.Id}/ziele";
        List<(string, string)> goal = [("Ziel.Lebensbereich", nameof(Lebensbereich.Arbeit)), ("Ziel.Description", "Ausbildung zur Pflegefachkraft"),
            ("Ziel.TargetDate", "2027-08-01"), ("Ziel.Status", nameof(GoalStatus.Offen)), ("Ziel.AchievementPercent", "0")];

        Assert.Equal($"{page}?gespeichert=ziel-neu", (await CaseEditPages.PostAsync(client, page, "Ziel", goal)).Headers.Location!.OriginalString);
        var stored = await CaseEditPages.DbAsync(factory, db => db.Ergebnisziele.AsNoTracking().SingleAsync(g => g.CaseId == file.Id && g.Description == "Ausbildung zur Pflegefachkraft"));
        List<(string, string)> rating = [.. goal.Where(f => f.Item1 is not ("Ziel.Status" or "Ziel.AchievementPercent")),
            ("Ziel.GoalId", stored.Id.ToString()), ("Ziel.Version", Text(stored.Version)), ("Ziel.Status", nameof(GoalStatus.Erreicht))];

        var invalid = await CaseEditPages.PostAsync(client, $"{page}?ziel={stored.Id}", "Ziel", [.. rating, ("Ziel.AchievementPercent", "80")]);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, invalid.StatusCode);
        Assert.Contains("Ein erreichtes Ziel hat 100 % Zielerreichung.</span>", await invalid.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await CaseEditPages.PostAsync(client, $"{page}?ziel={stored.Id}", "Ziel", [.. rating, ("Ziel.AchievementPercent", "100")])).StatusCode);
        var stale = await CaseEditPages.PostAsync(client, $"{page}?ziel={stored.Id}", "Ziel", [.. rating, ("Ziel.AchievementPercent", "100")]);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Contains("inzwischen von jemand anderem geändert", await stale.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var second = await CaseEditPages.PostAsync(client, page, "Ziel", [.. goal.Where(f => f.Item1 != "Ziel.Description"), ("Ziel.Description", "Führerschein Klasse B")]);
        var open = await CaseEditPages.DbAsync(factory, db => db.Ergebnisziele.AsNoTracking().SingleAsync(g => g.CaseId == file.Id && g.Description == "Führerschein Klasse B"));
        var step = await CaseEditPages.PostAsync(client, page, "Schritt",
            [("Schritt.GoalId", open.Id.ToString()), ("Schritt.Description", "Fahrschule suchen"), ("Schritt.Responsible", "Klient/in"), ("Schritt.Status", nameof(GoalStatus.Offen))]);
        var agreement = await CaseEditPages.PostAsync(client, page, "Vereinbarung",
            [("Vereinbarung.AgreedOn", "2026-03-02"), ("Vereinbarung.GoalIds", open.Id.ToString()), ("Vereinbarung.SignedByClient", "true")]);

        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);
        Assert.Equal($"{page}?gespeichert=schritt-neu", step.Headers.Location!.OriginalString);
        Assert.Equal($"{page}?gespeichert=vereinbarung", agreement.Headers.Location!.OriginalString);
        var html = await client.GetStringAsync(page);
        Assert.Contains("Fahrschule suchen (offen, Klient/in)", html, StringComparison.Ordinal);
        Assert.Contains("<strong>gilt</strong> – vom 02.03.2026", html, StringComparison.Ordinal);
        var current = Zielvereinbarung.CurrentOf(await CaseEditPages.DbAsync(factory, db => db.Zielvereinbarungen.AsNoTracking().Where(z => z.CaseId == file.Id).ToListAsync()));
        Assert.Equal([open.Id], current!.AgreedGoalIds);
    }

    [Fact]
    public async Task A_referral_needs_its_legal_domain_and_a_stale_edit_of_a_service_is_a_conflict()
    {
        var file = await CaseEditPages.OpenCaseOfAsync(factory, "cm.sued1", skip: 2);
        using var client = await SignIn.AsAsync(factory, "cm.sued1", apiHeaders: false);
        var page = $"/faelle/{file.Id}/leistungen";
        List<(string, string)> referral = [("Leistung.Kind", nameof(ServiceKind.Verweisberatung)), ("Leistung.Title", "Übergabe an das Fallmanagement"),
            ("Leistung.ProviderName", "Jobcenter Oelde"), ("Leistung.Status", nameof(ServiceStatus.Angefragt))];

        var invalid = await CaseEditPages.PostAsync(client, page, "Speichern", referral);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, invalid.StatusCode);
        Assert.Contains("Bei einer Verweisberatung bitte den Rechtskreis angeben", await invalid.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var saved = await CaseEditPages.PostAsync(client, page, "Speichern", [.. referral, ("Leistung.TargetRechtskreis", "SgbII")]);
        Assert.Equal($"{page}?gespeichert=neu", saved.Headers.Location!.OriginalString);
        var service = await CaseEditPages.DbAsync(factory, db => db.Services.AsNoTracking().SingleAsync(s => s.CaseId == file.Id && s.Title == "Übergabe an das Fallmanagement"));
        List<(string, string)> finished = [.. referral.Where(f => f.Item1 != "Leistung.Status"), ("Leistung.TargetRechtskreis", "SgbII"), ("Leistung.ServiceId", service.Id.ToString()),
            ("Leistung.Version", Text(service.Version)), ("Leistung.Status", nameof(ServiceStatus.Abgeschlossen)), ("Leistung.StartedOn", "2026-02-20"), ("Leistung.EndedOn", "2026-03-01")];
        Assert.Equal($"{page}?gespeichert=geaendert", (await CaseEditPages.PostAsync(client, $"{page}?bearbeiten={service.Id}", "Speichern", finished)).Headers.Location!.OriginalString);
        var stale = await CaseEditPages.PostAsync(client, $"{page}?bearbeiten={service.Id}", "Speichern", finished);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);

        var html = await client.GetStringAsync(page);
        Assert.Contains("<td>Verweisberatung</td>", html, StringComparison.Ordinal);
        Assert.Contains("<td>SGB II</td>", html, StringComparison.Ordinal);
        Assert.Contains("<td>abgeschlossen</td>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_district_is_refused_with_403_on_all_three_pages_and_logged()
    {
        var file = await CaseEditPages.OpenCaseOfAsync(factory, "cm.sued1", skip: 3);
        using var other = await SignIn.AsAsync(factory, "cm.ahlen", apiHeaders: false);

        foreach (var section in new[] { "assessment", "ziele", "leistungen" })
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await other.GetAsync($"/faelle/{file.Id}/{section}")).StatusCode);
        }

        var goal = await CaseEditPages.PostAsync(other, $"/faelle/{file.Id}/ziele", "Ziel",
            [("Ziel.Lebensbereich", nameof(Lebensbereich.Arbeit)), ("Ziel.Description", "fremd"), ("Ziel.Status", nameof(GoalStatus.Offen))], tokenFrom: "/faelle/neu");
        var service = await CaseEditPages.PostAsync(other, $"/faelle/{file.Id}/leistungen", "Speichern",
            [("Leistung.Title", "fremd"), ("Leistung.ProviderName", "x")], tokenFrom: "/faelle/neu");

        Assert.Equal((HttpStatusCode.Forbidden, HttpStatusCode.Forbidden), (goal.StatusCode, service.StatusCode));
        Assert.Contains("anderen Bezirk", await goal.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.True(await DeniedLoggedAsync(file.Id, "cm.ahlen", "Ergebnisziel"));
        Assert.True(await DeniedLoggedAsync(file.Id, "cm.ahlen", "Leistung"));
        Assert.False(await CaseEditPages.DbAsync(factory, db => db.Ergebnisziele.AnyAsync(g => g.CaseId == file.Id && g.Description == "fremd")));
    }

    [Fact]
    public async Task The_case_file_shows_the_latest_assessment_goals_and_services_in_German_with_links_to_the_pages()
    {
        var file = await CaseEditPages.DbAsync(factory, db => db.Cases.AsNoTracking()
            .Where(c => c.ResponsibleCaseManager == "cm.sued1" && c.ClosedAt == null && c.Services.Any() && c.Assessments.Any() && c.Ergebnisziele.Any())
            .OrderBy(c => c.CaseNumber).FirstAsync());
        using var client = await SignIn.AsAsync(factory, "cm.sued1", apiHeaders: false);

        var html = await client.GetStringAsync($"/faelle/{file.Id}");

        Assert.Contains($"href=\"/faelle/{file.Id}/assessment\"", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"/faelle/{file.Id}/ziele\"", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"/faelle/{file.Id}/leistungen\"", html, StringComparison.Ordinal);
        Assert.Contains("<td>Familie / Schule / Kita</td>", html, StringComparison.Ordinal);
        foreach (var raw in new[] { "BildungAnerkennung", "FamilieSchuleKita", "DringenderBedarf", "GeringerBedarf", "KeinBedarf", "InArbeit", "SgbII", "Laufend<" })
        {
            Assert.DoesNotContain(raw, html, StringComparison.Ordinal);
        }
    }
}
