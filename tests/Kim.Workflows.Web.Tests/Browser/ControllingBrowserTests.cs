using Kim.Workflows.Domain.Seeding;
using Kim.Workflows.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Kim.Workflows.Web.Tests.Browser;

/// <summary>The controlling dashboard in headless Chromium: charts drawn, numbers beside them, CSV download, a screenshot.</summary>
public sealed class ControllingBrowserTests(KestrelKimWebFactory factory, ChromiumBrowser chromium)
    : IClassFixture<KestrelKimWebFactory>, IClassFixture<ChromiumBrowser>
{
    [Fact]
    public async Task Coordination_sees_the_kreis_dashboard_with_charts_tables_and_csv_downloads()
    {
        var baseUrl = factory.Address;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<DemoDataSeeder>().SeedAsync();
        }

        await using var context = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = baseUrl.ToString(),
            ViewportSize = new ViewportSize { Width = 1400, Height = 1000 },
            Locale = "de-DE",
            AcceptDownloads = true,
        });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(15_000);
        var errors = new List<string>();
        page.PageError += (_, e) => errors.Add(e);
        page.Console += (_, m) => { if (m.Type == "error") { errors.Add(m.Text); } };

        await SignIn.AsAsync(page, "koord.leitung", "/controlling");
        await page.GotoAsync("/controlling?bezirk=kreis&von=2020-01-01&bis=2030-12-31");
        await Assertions.Expect(page.Locator("body[data-charts-ready='true']")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("#scope")).ToContainTextAsync("Kreis Warendorf");
        var charts = page.Locator("canvas[data-rendered='true']");
        Assert.True(await charts.CountAsync() >= 8, "every table with a chart kind draws one");
        await Assertions.Expect(page.Locator("#tabelle-phasen table.figures")).ToContainTextAsync("Gesamt");
        await Assertions.Expect(page.Locator("#tabelle-fallbelastung table.figures")).ToContainTextAsync("Südkreis");
        await ChromiumBrowser.ScreenshotAsync(page, "controlling-01-kreis");

        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("#tabelle-abschlussgruende a.csv").ClickAsync());
        Assert.StartsWith("kim-abschlussgruende-kreis-", download.SuggestedFilename, StringComparison.Ordinal);
        var bytes = await File.ReadAllBytesAsync(await download.PathAsync());
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);

        // A district view through the form.
        await page.Locator("select[name='bezirk']").SelectOptionAsync("beckum");
        await page.GetByRole(AriaRole.Button, new() { Name = "Anzeigen" }).ClickAsync();
        await Assertions.Expect(page.Locator("#scope")).ToContainTextAsync("Bezirk Beckum");
        await Assertions.Expect(page.Locator("body[data-charts-ready='true']")).ToHaveCountAsync(1);
        await ChromiumBrowser.ScreenshotAsync(page, "controlling-02-beckum");
        Assert.Empty(errors);
    }
}
