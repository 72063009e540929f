using System.Net;
using System.Text;
using Kim.Workflows.Web.Tests.Infrastructure;

namespace Kim.Workflows.Web.Tests.Controlling;

/// <summary>Who may open which Baustein-1 page: coordination sees aggregates, case management records, administration reviews.</summary>
public sealed class PageAccessTests(DemoDataFactory factory) : IClassFixture<DemoDataFactory>
{
    public static TheoryData<string, string, bool> Matrix => new()
    {
        { "/controlling", "koord.leitung", true },
        { "/controlling", "koord.nord", true },
        { "/controlling", "cm.ahlen", false },
        { "/controlling", "admin", false },
        { "/controlling", "abh.bleiberecht", false },
        { "/controlling/csv/fallzahlen?bezirk=kreis", "koord.leitung", true },
        { "/controlling/csv/fallzahlen?bezirk=kreis", "cm.ahlen", false },
        { "/controlling/prozesse", "koord.sued", true },
        { "/controlling/prozesse", "prozess", true },
        { "/controlling/prozesse", "cm.beckum", false },
        { "/systemrueckmeldungen", "koord.sued", true },
        { "/systemrueckmeldungen", "cm.ahlen", false },
        { "/systemrueckmeldungen/lenkungsgruppe", "koord.leitung", true },
        { "/systemrueckmeldungen/lenkungsgruppe", "admin", false },
        { "/systemrueckmeldungen/neu", "cm.ahlen", true },
        { "/systemrueckmeldungen/neu", "koord.leitung", false },
        { "/datenschutz/zugriffsprotokoll", "admin", true },
        { "/datenschutz/zugriffsprotokoll", "koord.leitung", false },
        { "/datenschutz/zugriffsprotokoll", "cm.ahlen", false },
        { "/datenschutz/anfragen", "admin", true },
        { "/datenschutz/anfragen", "cm.nord1", true },
        { "/datenschutz/anfragen", "koord.nord", false },
    };

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task Pages_open_only_for_their_roles(string url, string user, bool allowed)
    {
        using var client = await SignIn.AsAsync(factory, user, apiHeaders: false);
        var response = await client.GetAsync(url);
        if (allowed)
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
        else
        {
            Assert.True(response.StatusCode is HttpStatusCode.Forbidden
                || (response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.ToString().Contains("zugriff-verweigert", StringComparison.Ordinal)),
                $"{user} on {url}: {response.StatusCode} {response.Headers.Location}");
        }
    }

    [Fact]
    public async Task District_coordination_cannot_switch_to_another_district_or_the_kreis()
    {
        using var client = await SignIn.AsAsync(factory, "koord.nord", apiHeaders: false);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/controlling?bezirk=ahlen")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/controlling?bezirk=suedkreis")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/controlling?bezirk=kreis")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/controlling/csv/fallzahlen?bezirk=suedkreis")).StatusCode);
    }

    [Fact]
    public async Task The_dashboard_and_csv_show_no_names_and_csv_is_excel_ready()
    {
        using var client = await SignIn.AsAsync(factory, "koord.leitung", apiHeaders: false);
        var html = await client.GetStringAsync("/controlling?bezirk=kreis&von=2020-01-01&bis=2030-12-31");
        Assert.Contains("Offene Fälle nach Phase am Stichtag", html, StringComparison.Ordinal);
        Assert.DoesNotContain("cm.ahlen", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Clara Beispiel", html, StringComparison.Ordinal);
        Assert.DoesNotContain("KIM-20", html, StringComparison.Ordinal);

        var csv = await client.GetAsync("/controlling/csv/abschlussgruende?bezirk=kreis&von=2020-01-01&bis=2030-12-31");
        Assert.Equal("text/csv", csv.Content.Headers.ContentType!.MediaType);
        var bytes = await csv.Content.ReadAsByteArrayAsync();
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        Assert.Contains("Abschlussgrund;Anzahl", Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);
    }
}
