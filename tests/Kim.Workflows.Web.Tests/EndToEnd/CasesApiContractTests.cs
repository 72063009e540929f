using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Kim.Workflows.Domain.Access;
using Kim.Workflows.Domain.Persistence;
using Kim.Workflows.Web.Api;
using Kim.Workflows.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Kim.Workflows.Web.Tests.EndToEnd.ApiEndToEndHost;

namespace Kim.Workflows.Web.Tests.EndToEnd;

/// <summary>The cases API's answers to bad input, unknown cases, conflicts and refusals, and how API keys meet the access rules.</summary>
public sealed class CasesApiContractTests
{
    [Fact]
    public async Task Bad_input_unknown_cases_conflicts_and_refusals_answer_with_German_problem_details_and_are_logged()
    {
        using var app = await StartAsync();
        var cm = await app.AsAsync(CaseManager);

        var invalid = await ProblemAsync(await cm.PostAsJsonAsync("/api/cases", new { givenName = "", municipality = "Münster", legalDomains = new[] { "sgbII", "keiner" } }, Json),
            HttpStatusCode.UnprocessableEntity);
        var errors = invalid.GetProperty("errors");
        Assert.Equal("Bitte den Vornamen angeben.", errors.GetProperty("givenName")[0].GetString());
        Assert.StartsWith("Diese Gemeinde gehört nicht zum Kreis Warendorf.", errors.GetProperty("municipality")[0].GetString(), StringComparison.Ordinal);
        Assert.Contains("keiner", errors.GetProperty("legalDomains")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, (await cm.PostAsync("/api/cases", new StringContent("{kaputt", System.Text.Encoding.UTF8, "application/json"))).StatusCode);
        var otherDistrict = await ProblemAsync(await cm.PostAsJsonAsync("/api/cases", new { givenName = "A", familyName = "B", municipality = "Ahlen", takeOver = true }, Json),
            HttpStatusCode.UnprocessableEntity);
        Assert.Contains("Bezirk Ahlen", otherDistrict.GetProperty("errors").GetProperty("takeOver")[0].GetString(), StringComparison.Ordinal);

        // Left to the Ahlen team: created (202), the caller learns the case number only.
        var handedOver = await cm.PostAsJsonAsync("/api/cases", new { givenName = "A", familyName = "B", municipality = "Ahlen", takeOver = false }, Json);
        Assert.Equal(HttpStatusCode.Accepted, handedOver.StatusCode);
        var ahlen = (await handedOver.Content.ReadFromJsonAsync<CaseCreated>(Json))!;
        Assert.False(ahlen.Visible);
        Assert.Null(ahlen.Id);
        Assert.Null(handedOver.Headers.Location);

        await ProblemAsync(await cm.GetAsync($"/api/cases/{Guid.NewGuid()}"), HttpStatusCode.NotFound);
        await ProblemAsync(await cm.GetAsync("/api/cases/KIM-1999-0001"), HttpStatusCode.NotFound);

        var created = await app.IntakeAsync();
        Assert.Equal(created.Id, (await app.CaseAsync(created.Id!.Value)).Id);
        Assert.Equal(created.CaseNumber, (await (await cm.GetAsync($"/api/cases/{created.CaseNumber}")).Content.ReadFromJsonAsync<CaseSummary>(Json))!.CaseNumber);
        var list = await cm.GetFromJsonAsync<CaseListResponse>("/api/cases?responsible=ich", Json);
        Assert.Contains(list!.Items, i => i.CaseNumber == created.CaseNumber);
        Assert.DoesNotContain(list.Items, i => i.CaseNumber == ahlen.CaseNumber);
        await ProblemAsync(await cm.GetAsync("/api/cases?phase=irgendwas"), HttpStatusCode.UnprocessableEntity);

        // Before the Assessment the cycle takes no consultation: 409, and nothing is recorded.
        var early = await ProblemAsync(await cm.PostAsJsonAsync($"/api/cases/{created.Id}/konsultationen", new { authority = "abh", topic = "25b" }, Json), HttpStatusCode.Conflict);
        Assert.Contains("aktiven Fallmanagements", early.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Empty((await app.CaseAsync(created.Id!.Value)).Consultations);
        var wrongTopic = await ProblemAsync(await cm.PostAsJsonAsync($"/api/cases/{created.Id}/konsultationen", new { authority = "abh", topic = "10stag" }, Json),
            HttpStatusCode.UnprocessableEntity);
        Assert.Contains("Einbürgerungsbehörde", wrongTopic.GetProperty("errors").GetProperty("topic")[0].GetString(), StringComparison.Ordinal);
        var badPlan = await ProblemAsync(await cm.PostAsJsonAsync($"/api/cases/{created.Id}/fallkonferenzen", new { date = "2026-03-01", partnerIds = new[] { "gibt-es-nicht" } }, Json),
            HttpStatusCode.UnprocessableEntity);
        var planErrors = badPlan.GetProperty("errors");
        Assert.Equal("Das Datum darf nicht in der Vergangenheit liegen.", planErrors.GetProperty("date")[0].GetString());
        Assert.Contains("gibt-es-nicht", planErrors.GetProperty("partnerIds")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal("Bitte einen Ort oder einen Video-Link angeben.", planErrors.GetProperty("location")[0].GetString());
        await ProblemAsync(await cm.PostAsJsonAsync($"/api/cases/{created.Id}/fallkonferenzen/{Guid.NewGuid()}/absage", new { reason = "x" }, Json), HttpStatusCode.NotFound);

        // Consents: field errors from the consent service under the request's names; revoking twice is a conflict.
        var consentErrors = (await ProblemAsync(await cm.PostAsJsonAsync($"/api/cases/{created.Id}/einwilligungen",
            new { partnerIds = new[] { "jobcenter-kreis-warendorf" }, dataCategories = new[] { "gesundheit" }, givenOn = "2026-03-02" }, Json),
            HttpStatusCode.UnprocessableEntity)).GetProperty("errors");
        Assert.True(consentErrors.TryGetProperty("purpose", out _));
        Assert.True(consentErrors.TryGetProperty("specialCategoriesNamedExplicitly", out _));
        Assert.True(consentErrors.TryGetProperty("refusalConsequencesExplained", out _));
        var consent = await app.ConsentAsync(created.Id!.Value, ["jobcenter-kreis-warendorf"], ["arbeit"]);
        Assert.True((await app.CaseAsync(created.Id!.Value)).Consents.Single().Valid);
        Assert.Equal(HttpStatusCode.OK, (await cm.PostAsync($"/api/cases/{created.Id}/einwilligungen/{consent}/widerruf", null)).StatusCode);
        await ProblemAsync(await cm.PostAsync($"/api/cases/{created.Id}/einwilligungen/{consent}/widerruf", null), HttpStatusCode.Conflict);
        Assert.False((await app.CaseAsync(created.Id!.Value)).Consents.Single().Valid);

        // Another district's case manager and the coordination are refused with the policy's reason; the refusals are logged.
        var other = await ProblemAsync(await (await app.AsAsync("cm.ahlen")).GetAsync($"/api/cases/{created.Id}"), HttpStatusCode.Forbidden);
        Assert.Equal("Die Fallakte gehört zu einem anderen Bezirk.", other.GetProperty("detail").GetString());
        await ProblemAsync(await (await app.AsAsync("cm.ahlen")).PostAsJsonAsync($"/api/cases/{created.Id}/konsultationen", new { authority = "abh" }, Json), HttpStatusCode.Forbidden);
        var coordination = await ProblemAsync(await (await app.AsAsync("koord.sued")).GetAsync("/api/cases"), HttpStatusCode.Forbidden);
        Assert.Contains("zusammengefasste Zahlen", coordination.GetProperty("detail").GetString(), StringComparison.Ordinal);
        var log = await app.KimAsync(db => db.AccessLog.AsNoTracking().Where(e => e.CaseId == created.Id).ToListAsync());
        Assert.Contains(log, e => e.UserName == CaseManager && e.Action == AccessAction.Create);
        Assert.Contains(log, e => e.UserName == CaseManager && e.Action == AccessAction.Read && e.What == "Fallakte");
        Assert.Contains(log, e => e.UserName == "cm.ahlen" && e.Action == AccessAction.Denied && e.What == "Fallakte");
        Assert.Contains(log, e => e.UserName == "cm.ahlen" && e.Action == AccessAction.Denied && e.What == "Anfrage ABH/EBH starten");
    }

    [Fact]
    public async Task An_api_key_of_a_district_team_opens_cases_for_the_team_and_sees_only_the_unassigned_ones_of_its_district()
    {
        using var app = await StartAsync();
        using var sued = await SignIn.WithApiKeyAsync(app, ["Fallmanagement"], ["cm-suedkreis"]);
        var takeOver = await ProblemAsync(await sued.PostAsJsonAsync("/api/cases", new { givenName = "A", familyName = "B", municipality = "Oelde", takeOver = true }, Json),
            HttpStatusCode.UnprocessableEntity);
        Assert.True(takeOver.GetProperty("errors").TryGetProperty("takeOver", out _));

        var response = await sued.PostAsJsonAsync("/api/cases", new { givenName = "A", familyName = "B", municipality = "Oelde" }, Json);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var created = (await response.Content.ReadFromJsonAsync<CaseCreated>(Json))!;
        Assert.Null(created.ResponsibleCaseManager);
        Assert.Null((await (await sued.GetAsync($"/api/cases/{created.Id}")).Content.ReadFromJsonAsync<CaseSummary>(Json))!.ResponsibleCaseManager);
        Assert.Contains((await sued.GetFromJsonAsync<CaseListResponse>("/api/cases?responsible=offen", Json))!.Items, i => i.CaseNumber == created.CaseNumber);

        // Another team's key, and a key without a district, see nothing of it.
        using var ahlen = await SignIn.WithApiKeyAsync(app, ["Fallmanagement"], ["cm-ahlen"]);
        await ProblemAsync(await ahlen.GetAsync($"/api/cases/{created.Id}"), HttpStatusCode.Forbidden);
        using var none = await SignIn.WithApiKeyAsync(app, ["Fallmanagement"]);
        Assert.Empty((await none.GetFromJsonAsync<CaseListResponse>("/api/cases", Json))!.Items);
        using var admin = await SignIn.WithApiKeyAsync(app, ["Administration"]);
        Assert.Equal(HttpStatusCode.Forbidden, (await admin.PostAsJsonAsync("/api/cases", new { givenName = "A" }, Json)).StatusCode);
        await ProblemAsync(await admin.GetAsync($"/api/cases/{created.Id}"), HttpStatusCode.Forbidden);
    }
}
