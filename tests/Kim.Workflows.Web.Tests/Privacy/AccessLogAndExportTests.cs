using System.Net;
using System.Text.Json;
using Kim.Workflows.Domain.Access;
using Kim.Workflows.Domain.Persistence;
using Kim.Workflows.Web.Tests.Controlling;
using Kim.Workflows.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kim.Workflows.Web.Tests.Privacy;

public sealed class AccessLogAndExportTests(DemoDataFactory factory) : IClassFixture<DemoDataFactory>
{
    private async Task<(string Own, string Foreign)> CaseNumbersAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<KimDbContext>();
        var own = await db.Cases.Where(c => c.ResponsibleCaseManager == "cm.ahlen" && c.AnonymizedAt == null).Select(c => c.CaseNumber).FirstAsync();
        var foreign = await db.Cases.Where(c => c.DistrictId == "nordkreis").Select(c => c.CaseNumber).FirstAsync();
        return (own, foreign);
    }

    [Fact]
    public async Task The_case_manager_exports_her_case_as_html_and_json_and_both_are_logged()
    {
        var (own, _) = await CaseNumbersAsync();
        using var cm = await SignIn.AsAsync(factory, "cm.ahlen", apiHeaders: false);

        var html = await cm.GetStringAsync($"/datenschutz/auskunft/{own}");
        Assert.Contains("Auskunft nach Art. 15 DSGVO", html, StringComparison.Ordinal);
        Assert.Contains("Speicherdauer", html, StringComparison.Ordinal);
        Assert.Contains("Person", html, StringComparison.Ordinal);
        var json = await cm.GetAsync($"/datenschutz/auskunft/{own}/json");
        Assert.Equal(HttpStatusCode.OK, json.StatusCode);
        var jsonText = await json.Content.ReadAsStringAsync();
        using var document = JsonDocument.Parse(jsonText);
        // The export lists earlier accesses (the HTML export above) with German words, not enum names.
        Assert.Contains("\"Exportiert\"", jsonText, StringComparison.Ordinal);
        Assert.Contains("\"Fallmanagement\"", jsonText, StringComparison.Ordinal);
        Assert.DoesNotContain("\"Export\"", jsonText, StringComparison.Ordinal);
        Assert.DoesNotContain("\"CaseManager\"", jsonText, StringComparison.Ordinal);
        Assert.Equal(own, document.RootElement.GetProperty("caseNumber").GetString());
        Assert.Contains(document.RootElement.GetProperty("sections").EnumerateArray(), s => s.GetProperty("title").GetString() == "Person");

        using var admin = await SignIn.AsAsync(factory, "admin", apiHeaders: false);
        var log = await admin.GetStringAsync($"/datenschutz/zugriffsprotokoll?fall={own}&benutzer=cm.ahlen");
        Assert.Contains("Auskunft Art. 15 DSGVO (HTML)", log, StringComparison.Ordinal);
        Assert.Contains("Auskunft Art. 15 DSGVO (JSON)", log, StringComparison.Ordinal);
        Assert.Contains(">Exportiert<", log, StringComparison.Ordinal);
        Assert.Contains(">Fallmanagement<", log, StringComparison.Ordinal);
        Assert.DoesNotContain(">Export<", log, StringComparison.Ordinal);
        Assert.DoesNotContain(">CaseManager<", log, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_foreign_case_is_refused_and_the_refusal_is_logged_and_filterable_by_date()
    {
        var (_, foreign) = await CaseNumbersAsync();
        using var cm = await SignIn.AsAsync(factory, "cm.ahlen", apiHeaders: false);
        var response = await cm.GetAsync($"/datenschutz/auskunft/{foreign}/json");
        Assert.True(response.StatusCode == HttpStatusCode.Forbidden
            || response.Headers.Location?.ToString().Contains("zugriff-verweigert", StringComparison.Ordinal) == true, response.StatusCode.ToString());

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<KimDbContext>();
            Assert.True(await db.AccessLog.AnyAsync(e => e.CaseNumber == foreign && e.UserName == "cm.ahlen" && e.Action == AccessAction.Denied));
        }

        using var admin = await SignIn.AsAsync(factory, "admin", apiHeaders: false);
        // The filter means Berlin dates: at the default test clock (23:30 UTC on 31 December) the refusal happened on
        // 1 January in Berlin, and the UTC date finds nothing.
        var now = factory.Clock.GetUtcNow();
        var today = Kim.Workflows.Domain.Time.KimCalendar.DateOf(now).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var refusals = await admin.GetStringAsync($"/datenschutz/zugriffsprotokoll?fall={foreign}&von={today}&bis={today}");
        Assert.Contains(">Zugriff verweigert<", refusals, StringComparison.Ordinal);
        Assert.DoesNotContain(">Denied<", refusals, StringComparison.Ordinal);
        var utcDay = now.UtcDateTime.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        if (utcDay != today)
        {
            Assert.Contains("0 Einträge", await admin.GetStringAsync($"/datenschutz/zugriffsprotokoll?fall={foreign}&von={utcDay}&bis={utcDay}"), StringComparison.Ordinal);
        }

        Assert.Contains("0 Einträge", await admin.GetStringAsync($"/datenschutz/zugriffsprotokoll?fall={foreign}&von=2000-01-01&bis=2000-12-31"), StringComparison.Ordinal);
        // The review itself is logged.
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<KimDbContext>();
            Assert.True(await db.AccessLog.AnyAsync(e => e.UserName == "admin" && e.What == "Zugriffsprotokoll eingesehen"));
        }
    }

    [Fact]
    public async Task Findings_reach_coordination_without_case_or_reporter_and_become_a_lenkungsgruppe_topic()
    {
        var (own, _) = await CaseNumbersAsync();
        using var cm = await SignIn.AsAsync(factory, "cm.ahlen", apiHeaders: false);
        var form = await cm.GetStringAsync($"/systemrueckmeldungen/neu?fall={own}");
        var saved = await cm.PostAsync($"/systemrueckmeldungen/neu?fall={own}", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Category"] = "Sprachkurs",
            ["Description"] = "Kein B1-Kurs mit Kinderbetreuung in Ahlen vor Herbst",
            ["__RequestVerificationToken"] = SignIn.FormToken(form),
        }));
        Assert.Contains("Die Systemrückmeldung ist gespeichert.", await saved.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var coordination = await SignIn.AsAsync(factory, "koord.nord", apiHeaders: false);
        var list = await coordination.GetStringAsync("/systemrueckmeldungen?bezirk=ahlen");
        Assert.Contains("Kein B1-Kurs mit Kinderbetreuung", list, StringComparison.Ordinal);
        Assert.DoesNotContain(own, list, StringComparison.Ordinal);
        Assert.DoesNotContain("cm.ahlen", list, StringComparison.Ordinal);

        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<KimDbContext>();
        var finding = await db.Findings.SingleAsync(f => f.Description.StartsWith("Kein B1-Kurs"));
        var meeting = new Kim.Workflows.Domain.Findings.LenkungsgruppeMeeting { MeetingOn = new DateOnly(2026, 12, 10), Title = "Sitzung Dezember", PlannedBy = "koord.leitung" };
        db.LenkungsgruppeMeetings.Add(meeting);
        await db.SaveChangesAsync();

        var bundle = await coordination.PostAsync("/systemrueckmeldungen?handler=Bundle&bezirk=ahlen", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["title"] = "Sprachkurse mit Kinderbetreuung",
            ["findingIds"] = finding.Id.ToString(),
            ["__RequestVerificationToken"] = SignIn.FormToken(list),
        }));
        var afterBundle = await bundle.Content.ReadAsStringAsync();
        Assert.Contains("Thema „Sprachkurse mit Kinderbetreuung“ angelegt.", afterBundle, StringComparison.Ordinal);
        var topic = await db.FindingTopics.AsNoTracking().SingleAsync(t => t.Title == "Sprachkurse mit Kinderbetreuung");
        var agenda = await coordination.PostAsync("/systemrueckmeldungen?handler=Agenda&bezirk=ahlen", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["topicId"] = topic.Id.ToString(),
            ["meetingId"] = meeting.Id.ToString(),
            ["__RequestVerificationToken"] = SignIn.FormToken(afterBundle),
        }));
        Assert.Equal(HttpStatusCode.OK, agenda.StatusCode);
        var item = await db.AgendaItems.AsNoTracking().SingleAsync(i => i.MeetingId == meeting.Id);
        Assert.Equal(topic.Id, item.TopicId);
        Assert.Equal(Kim.Workflows.Domain.Findings.FindingStatus.InLenkungsgruppe, (await db.Findings.AsNoTracking().SingleAsync(f => f.Id == finding.Id)).Status);
    }
}
