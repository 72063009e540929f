using System.Net;
using System.Text.RegularExpressions;
using Kim.Workflows.Domain.Cases;
using Kim.Workflows.Domain.Persistence;
using Kim.Workflows.Domain.Time;
using Kim.Workflows.Web.Tests.Controlling;
using Kim.Workflows.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kim.Workflows.Web.Tests.Cases;

/// <summary>/faelle per role: case managers see their district's visible cases only; other roles get an explained 403.</summary>
public sealed partial class CaseListTests(DemoDataFactory factory) : IClassFixture<DemoDataFactory>
{
    private async Task<List<Fallakte>> VisibleToAsync(string user, string district)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<KimDbContext>();
        return await db.Cases.AsNoTracking().Where(c => c.DistrictId == district && c.AnonymizedAt == null
            && (c.ResponsibleCaseManager == null || c.ResponsibleCaseManager == user || c.DeputyCaseManager == user)).ToListAsync();
    }

    private static List<Guid> Rows(string html) => [.. RowLink().Matches(html).Select(m => Guid.Parse(m.Groups[1].Value))];

    [Theory]
    [InlineData("cm.ahlen", "ahlen")]
    [InlineData("cm.sued2", "suedkreis")]
    [InlineData("cm.nord1", "nordkreis")]
    public async Task A_case_manager_sees_exactly_the_visible_cases_of_her_district(string user, string district)
    {
        var expected = await VisibleToAsync(user, district);
        using var client = await SignIn.AsAsync(factory, user, apiHeaders: false);
        var rows = Rows(await client.GetStringAsync("/faelle?seite=1"));
        Assert.NotEmpty(rows);
        Assert.Equal(expected.Select(c => c.Id).Order(), rows.Order());
    }

    [Theory]
    [InlineData("koord.leitung", "zusammengefasste Zahlen")]
    [InlineData("koord.nord", "zusammengefasste Zahlen")]
    [InlineData("abh.bleiberecht", "an sie gerichteten Anfragen")]
    [InlineData("ebh.einbuergerung", "an sie gerichteten Anfragen")]
    [InlineData("admin", "Zugriffsprotokoll")]
    public async Task Roles_without_case_files_get_a_403_page_that_says_why(string user, string reason)
    {
        using var client = await SignIn.AsAsync(factory, user, apiHeaders: false);
        var response = await client.GetAsync("/faelle");
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains(reason, html, StringComparison.Ordinal);
        Assert.DoesNotContain("KIM-20", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Filters_by_phase_overdue_and_responsible_and_sorts_by_next_reassessment()
    {
        var visible = await VisibleToAsync("cm.sued1", "suedkreis");
        using var client = await SignIn.AsAsync(factory, "cm.sued1", apiHeaders: false);

        var all = Rows(await client.GetStringAsync("/faelle"));
        var dues = all.Select(id => visible.Single(c => c.Id == id).NextReassessmentDue).ToList();
        var dated = dues.TakeWhile(d => d is not null).ToList();
        Assert.Equal(dated.Order().ToList(), dated);
        Assert.All(dues.Skip(dated.Count), d => Assert.Null(d));

        var phase = visible.GroupBy(c => c.Phase).OrderByDescending(g => g.Count()).First().Key;
        Assert.Equal(visible.Where(c => c.Phase == phase).Select(c => c.Id).Order(), Rows(await client.GetStringAsync($"/faelle?phase={phase}")).Order());

        var today = KimCalendar.Today(factory.Clock);
        var overdue = visible.Where(c => c.Phase != CasePhase.Abgeschlossen && c.NextReassessmentDue < today).Select(c => c.Id).Order().ToList();
        var overdueHtml = await client.GetStringAsync("/faelle?ueberfaellig=true");
        Assert.Equal(overdue, Rows(overdueHtml).Order());
        if (overdue.Count > 0)
        {
            Assert.Contains("(überfällig)", overdueHtml, StringComparison.Ordinal);
        }

        Assert.Equal(visible.Where(c => c.ResponsibleCaseManager == "cm.sued1").Select(c => c.Id).Order(), Rows(await client.GetStringAsync("/faelle?zustaendig=ich")).Order());
        Assert.Equal(visible.Where(c => c.ResponsibleCaseManager == null).Select(c => c.Id).Order(), Rows(await client.GetStringAsync("/faelle?zustaendig=offen")).Order());
    }

    [Fact]
    public async Task The_list_pages_through_more_cases_than_fit_one_page()
    {
        // Fill Beckum's team inbox beyond one page (25).
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var intake = scope.ServiceProvider.GetRequiredService<CaseIntakeService>();
            for (var i = 0; i < 26; i++)
            {
                await intake.OpenAsync(new NewCaseRequest { Municipality = "Beckum", GivenName = "Paging", FamilyName = $"Test {i}" });
            }
        }

        var visible = await VisibleToAsync("cm.beckum", "beckum");
        using var client = await SignIn.AsAsync(factory, "cm.beckum", apiHeaders: false);
        var first = await client.GetStringAsync("/faelle");
        Assert.Contains($"Seite 1 von {(visible.Count + 24) / 25}", first, StringComparison.Ordinal);
        var second = await client.GetStringAsync("/faelle?seite=2");
        var both = Rows(first).Concat(Rows(second)).ToList();
        Assert.Equal(25, Rows(first).Count);
        Assert.Equal(both.Count, both.Distinct().Count());
        Assert.Equal(Math.Min(visible.Count, 50), both.Count);
    }

    [GeneratedRegex("<td><a href=\"/faelle/([0-9a-f-]{36})\">")]
    private static partial Regex RowLink();
}
