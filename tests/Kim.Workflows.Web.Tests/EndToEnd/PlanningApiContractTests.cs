using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Kim.Workflows.Domain.Access;
using Kim.Workflows.Domain.Cases;
using Kim.Workflows.Domain.Goals;
using Kim.Workflows.Web.Api;
using Microsoft.EntityFrameworkCore;
using static Kim.Workflows.Web.Tests.EndToEnd.ApiEndToEndHost;

namespace Kim.Workflows.Web.Tests.EndToEnd;

/// <summary>
/// The planning part of the cases API (assessments, goals, Handlungsziele, Zielvereinbarungen, services): typed answers on
/// success, problem details for every refusal (422 with errors by JSON name, 409 for a stale version or a closed file, 403
/// logged, 404, 400 for bad JSON).
/// </summary>
public sealed class PlanningApiContractTests
{
    private static async Task<CaseRecordSaved> SavedAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"expected {status}, got {(int)response.StatusCode}: {body}");
        return JsonSerializer.Deserialize<CaseRecordSaved>(body, Json)!;
    }

    [Fact]
    public async Task Assessment_goals_agreement_and_services_round_trip_and_stale_versions_conflict()
    {
        using var app = await StartAsync();
        var cm = await app.AsAsync(CaseManager);
        var created = await app.IntakeAsync();
        var cases = $"/api/cases/{created.Id}";

        var assessment = await SavedAsync(await cm.PostAsJsonAsync($"{cases}/assessments", new
        {
            assessedOn = "2026-03-02", summary = "Sprache vorrangig",
            areas = new object[] { new { lebensbereich = "sprache", needLevel = "dringenderBedarf", needs = "A2" }, new { lebensbereich = "Familie / Schule / Kita", needLevel = "bedarf" } },
        }, Json), HttpStatusCode.Created);
        var listed = await cm.GetFromJsonAsync<List<AssessmentView>>($"{cases}/assessments", Json);
        Assert.Equal(assessment.Id, Assert.Single(listed!).Id);
        Assert.Equal(["sprache", "familieSchuleKita"], JsonDocument.Parse(await cm.GetStringAsync($"{cases}/assessments")).RootElement[0]
            .GetProperty("areas").EnumerateArray().Select(a => a.GetProperty("lebensbereich").GetString()));
        // The intake started the cycle, which plans the re-assessments: the entry sets the last date, not the next one.
        var summary = await app.CaseAsync(created.Id!.Value);
        Assert.Equal((new DateOnly(2026, 3, 2), (DateOnly?)null), (summary.LastAssessmentOn, summary.NextReassessmentDue));

        var goal = await SavedAsync(await cm.PostAsJsonAsync($"{cases}/goals", new { lebensbereich = "arbeit", description = "Arbeit im erlernten Beruf" }, Json), HttpStatusCode.Created);
        var rated = await SavedAsync(await cm.PutAsJsonAsync($"{cases}/goals/{goal.Id}",
            new { lebensbereich = "arbeit", description = "Arbeit im erlernten Beruf", status = "inArbeit", achievementPercent = 30, version = goal.Version }, Json), HttpStatusCode.OK);
        Assert.Equal(goal.Version + 1, rated.Version);
        var stale = await ProblemAsync(await cm.PutAsJsonAsync($"{cases}/goals/{goal.Id}",
            new { lebensbereich = "arbeit", description = "Arbeit", status = "verworfen", version = goal.Version }, Json), HttpStatusCode.Conflict);
        Assert.Contains("inzwischen von jemand anderem geändert", stale.GetProperty("detail").GetString(), StringComparison.Ordinal);
        var step = await SavedAsync(await cm.PostAsJsonAsync($"{cases}/goals/{goal.Id}/handlungsziele", new { description = "Anerkennung beantragen", responsible = "Klient/in" }, Json),
            HttpStatusCode.Created);
        await SavedAsync(await cm.PutAsJsonAsync($"{cases}/goals/{goal.Id}/handlungsziele/{step.Id}",
            new { description = "Anerkennung beantragen", status = "erreicht", version = step.Version }, Json), HttpStatusCode.OK);
        await SavedAsync(await cm.PostAsJsonAsync($"{cases}/zielvereinbarungen", new { agreedOn = "2026-03-02", goalIds = new[] { goal.Id }, signedByClient = true }, Json),
            HttpStatusCode.Created);

        var service = await SavedAsync(await cm.PostAsJsonAsync($"{cases}/services",
            new { kind = "verweisberatung", title = "Übergabe Fallmanagement", providerId = "jobcenter-kreis-warendorf", targetRechtskreis = "sgbII", status = "angefragt" }, Json),
            HttpStatusCode.Created);
        await SavedAsync(await cm.PutAsJsonAsync($"{cases}/services/{service.Id}", new
        {
            kind = "verweisberatung", title = "Übergabe Fallmanagement", providerId = "jobcenter-kreis-warendorf", targetRechtskreis = "sgbII", status = "abgeschlossen",
            startedOn = "2026-03-01", endedOn = "2026-03-02", version = service.Version,
        }, Json), HttpStatusCode.OK);

        var stored = await app.KimAsync(db => db.CaseFiles.AsNoTracking().SingleAsync(c => c.Id == created.Id));
        Assert.Equal((GoalStatus.InArbeit, 30), (stored.Ergebnisziele.Single().Status, stored.Ergebnisziele.Single().AchievementPercent));
        Assert.Equal(100, stored.Ergebnisziele.Single().Handlungsziele.Single().AchievementPercent);
        Assert.Equal([goal.Id], stored.Zielvereinbarungen.Single().AgreedGoalIds);
        Assert.Equal((Rechtskreis.SgbII, new DateOnly(2026, 3, 2)), (stored.Services.Single().TargetRechtskreis, stored.Services.Single().EndedOn));
        var log = await app.KimAsync(db => db.AccessLog.AsNoTracking().Where(e => e.CaseId == created.Id).Select(e => new { e.Action, e.What }).ToListAsync());
        Assert.Contains(log, e => e.Action == AccessAction.Read && e.What == "Assessment");
        Assert.Contains(log, e => e.Action == AccessAction.Create && e.What == "Zielvereinbarung");
    }

    [Fact]
    public async Task Bad_input_unknown_cases_closed_files_and_other_districts_answer_with_problem_details()
    {
        using var app = await StartAsync();
        var cm = await app.AsAsync(CaseManager);
        var created = await app.IntakeAsync();
        var cases = $"/api/cases/{created.Id}";

        var areas = (await ProblemAsync(await cm.PostAsJsonAsync($"{cases}/assessments",
            new { assessedOn = "2026-03-09", areas = new object[] { new { lebensbereich = "freizeit" }, new { lebensbereich = "sprache", needLevel = "hoch" } } }, Json),
            HttpStatusCode.UnprocessableEntity)).GetProperty("errors");
        Assert.StartsWith("Unbekannter Lebensbereich „freizeit“", areas.GetProperty("areas[0].lebensbereich")[0].GetString(), StringComparison.Ordinal);
        Assert.True(areas.TryGetProperty("areas[1].needLevel", out _));
        var unrated = (await ProblemAsync(await cm.PostAsJsonAsync($"{cases}/assessments",
            new { assessedOn = "2026-03-09", areas = new object[] { new { lebensbereich = "sprache", needs = "A2" } } }, Json), HttpStatusCode.UnprocessableEntity)).GetProperty("errors");
        Assert.Equal("Das Datum des Assessments darf nicht in der Zukunft liegen.", unrated.GetProperty("assessedOn")[0].GetString());
        Assert.Equal("Bitte den Bedarf einschätzen oder den Text leeren.", unrated.GetProperty("areas[0].needLevel")[0].GetString());

        var goal = (await ProblemAsync(await cm.PutAsJsonAsync($"{cases}/goals/{Guid.NewGuid()}", new { description = "x", status = "erreicht", achievementPercent = 50 }, Json),
            HttpStatusCode.UnprocessableEntity)).GetProperty("errors");
        Assert.True(goal.TryGetProperty("lebensbereich", out _) && goal.TryGetProperty("version", out _));
        await ProblemAsync(await cm.PutAsJsonAsync($"{cases}/goals/{Guid.NewGuid()}", new { lebensbereich = "arbeit", description = "x", version = 0 }, Json), HttpStatusCode.NotFound);
        var service = (await ProblemAsync(await cm.PostAsJsonAsync($"{cases}/services", new { kind = "verweisberatung", title = "Verweis", providerId = "finanzamt" }, Json),
            HttpStatusCode.UnprocessableEntity)).GetProperty("errors");
        Assert.Equal("Nicht im Partnerverzeichnis: finanzamt.", service.GetProperty("providerId")[0].GetString());
        var target = (await ProblemAsync(await cm.PostAsJsonAsync($"{cases}/services", new { kind = "verweisberatung", title = "Verweis", providerName = "Jobcenter" }, Json),
            HttpStatusCode.UnprocessableEntity)).GetProperty("errors");
        Assert.True(target.TryGetProperty("targetRechtskreis", out _));
        var agreement = (await ProblemAsync(await cm.PostAsJsonAsync($"{cases}/zielvereinbarungen", new { agreedOn = "2026-03-02", goalIds = Array.Empty<Guid>() }, Json),
            HttpStatusCode.UnprocessableEntity)).GetProperty("errors");
        Assert.Equal("Es gibt keine offenen Ergebnisziele. Bitte zuerst Ziele festlegen.", agreement.GetProperty("goalIds")[0].GetString());
        Assert.Equal(HttpStatusCode.BadRequest, (await cm.PostAsync($"{cases}/goals", new StringContent("{kaputt", System.Text.Encoding.UTF8, "application/json"))).StatusCode);
        await ProblemAsync(await cm.GetAsync($"/api/cases/{Guid.NewGuid()}/assessments"), HttpStatusCode.NotFound);

        var other = await ProblemAsync(await (await app.AsAsync("cm.ahlen")).PostAsJsonAsync($"{cases}/goals", new { lebensbereich = "arbeit", description = "fremd" }, Json),
            HttpStatusCode.Forbidden);
        Assert.Equal("Die Fallakte gehört zu einem anderen Bezirk.", other.GetProperty("detail").GetString());
        await ProblemAsync(await (await app.AsAsync("cm.ahlen")).GetAsync($"{cases}/assessments"), HttpStatusCode.Forbidden);
        Assert.True(await app.KimAsync(db => db.AccessLog.AnyAsync(e => e.CaseId == created.Id && e.UserName == "cm.ahlen" && e.Action == AccessAction.Denied && e.What == "Ergebnisziel")));

        await app.KimAsync(async db =>
        {
            var file = await db.Cases.Include(c => c.PhaseHistory).SingleAsync(c => c.Id == created.Id);
            file.Close(ClosingReason.Wegzug, GoalAchievement.NichtBewertbar, app.Time.GetUtcNow());
            db.Entry(file.PhaseHistory[^1]).State = EntityState.Added;
            return await db.SaveChangesAsync();
        });
        var closed = await ProblemAsync(await cm.PostAsJsonAsync($"{cases}/services", new { title = "Kurs", providerName = "VHS" }, Json), HttpStatusCode.Conflict);
        Assert.Contains("abgeschlossen", closed.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await cm.GetAsync($"{cases}/assessments")).StatusCode); // reading a closed file still works
    }
}
