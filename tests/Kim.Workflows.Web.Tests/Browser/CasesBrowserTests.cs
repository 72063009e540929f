using Kim.Workflows.Web.Tests.Cases;
using Kim.Workflows.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Kim.Workflows.Web.Tests.Browser;

/// <summary>A case manager in headless Chromium: case list, case file, a consultation started and seen in the timeline.</summary>
public sealed class CasesBrowserTests(CasesBrowserTests.KestrelWorkflowWebFactory factory, ChromiumBrowser chromium)
    : IClassFixture<CasesBrowserTests.KestrelWorkflowWebFactory>, IClassFixture<ChromiumBrowser>
{
    [Fact]
    public async Task A_case_manager_opens_a_case_from_the_list_starts_a_consultation_and_sees_it_in_the_timeline()
    {
        var baseUrl = factory.Address; // start Kestrel before using the services
        var file = await factory.IntakeAsync("Ahlen", "cm.ahlen", "Samira", "Browserfall");
        await factory.ToAssessmentAsync(file.CaseNumber);

        await using var context = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = baseUrl.ToString(), ViewportSize = new ViewportSize { Width = 1400, Height = 1000 }, Locale = "de-DE",
        });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(15_000);
        var errors = new List<string>();
        page.PageError += (_, e) => errors.Add(e);

        await SignIn.AsAsync(page, "cm.ahlen", "/faelle");
        await page.GetByRole(AriaRole.Link, new() { Name = "Fälle", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Fälle", Exact = true })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#faelle")).ToContainTextAsync("Samira Browserfall");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ChromiumBrowser.ScreenshotFolder, "faelle-01-liste.png"), FullPage = true });

        await page.GetByRole(AriaRole.Link, new() { Name = file.CaseNumber }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = $"Fallakte {file.CaseNumber}" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#offene-aufgaben")).ToContainTextAsync("Assessment je Lebensbereich");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ChromiumBrowser.ScreenshotFolder, "faelle-02-akte.png"), FullPage = true });

        await page.GetByText("Anfrage an Ausländer- oder Einbürgerungsbehörde").ClickAsync();
        await page.GetByLabel("Behörde", new() { Exact = true }).SelectOptionAsync("Auslaenderbehoerde");
        await page.GetByLabel("Thema", new() { Exact = true }).SelectOptionAsync("Bleiberecht25a");
        await page.GetByLabel("Frage (optional, sonst in der ersten Aufgabe)").FillAsync("Kommt eine Aufenthaltserlaubnis nach § 25a in Betracht?");
        await page.GetByRole(AriaRole.Button, new() { Name = "Anfrage starten" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Die Anfrage ist gestartet.");
        await Assertions.Expect(page.Locator("#anfragen")).ToContainTextAsync("Anfrage Ausländerbehörde: Bleiberecht § 25a AufenthG");
        await Assertions.Expect(page.Locator("#offene-aufgaben")).ToContainTextAsync("Anfrage an die Ausländerbehörde formulieren");
        await Assertions.Expect(page.Locator("#verlauf")).ToContainTextAsync("Beratung angefordert");
        var taskLink = await page.Locator("#offene-aufgaben a", new() { HasTextString = "Anfrage an die Ausländerbehörde formulieren" }).GetAttributeAsync("href");
        Assert.StartsWith("/aufgaben/", taskLink, StringComparison.Ordinal);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ChromiumBrowser.ScreenshotFolder, "faelle-03-anfrage-gestartet.png"), FullPage = true });
        Assert.Empty(errors);
    }

    /// <summary>The workflow web host on real Kestrel at 127.0.0.1 with a free port.</summary>
    public sealed class KestrelWorkflowWebFactory : WorkflowWebFactory
    {
        private Uri? _address;

        public KestrelWorkflowWebFactory() => LoopbackKestrel.Use(this);

        public Uri Address => _address ??= LoopbackKestrel.Start(this);
    }
}
