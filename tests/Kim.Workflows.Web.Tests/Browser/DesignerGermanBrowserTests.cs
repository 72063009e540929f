using Kim.Workflows.Web.Tests.Infrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Kim.Workflows.Web.Tests.Browser;

/// <summary>
/// The designer as a process owner sees it at 1366×768: no English text, tooltip or accessible name on the page,
/// in the palette, the context pad, the replace menu or any group of the properties panel; and only what the engine runs is offered.
/// </summary>
public sealed class DesignerGermanBrowserTests(KestrelKimWebFactory factory, ChromiumBrowser chromium, ITestOutputHelper output)
    : IClassFixture<KestrelKimWebFactory>, IClassFixture<ChromiumBrowser>
{
    /// <summary>
    /// Texts that are names of the seeded workflow, not UI language, and bpmn.io's watermark, which its licence
    /// forbids changing.
    /// </summary>
    private static readonly HashSet<string> Allowed = new(StringComparer.Ordinal) { "erstberatung", "Powered by bpmn.io" };

    [Fact]
    public void The_scan_recognises_english()
    {
        Assert.True(DesignerVisibleTextScan.LooksEnglish("Toggle section"));
        Assert.True(DesignerVisibleTextScan.LooksEnglish("<empty>"));
        Assert.True(DesignerVisibleTextScan.LooksEnglish("Create"));
        Assert.True(DesignerVisibleTextScan.LooksEnglish("boolean"));
        Assert.False(DesignerVisibleTextScan.LooksEnglish("Abschnitt auf-/zuklappen"));
        Assert.False(DesignerVisibleTextScan.LooksEnglish("Name"));
        Assert.False(DesignerVisibleTextScan.LooksEnglish("Exklusives Gateway (XOR)"));
    }

    [Fact]
    public async Task No_english_is_left_in_the_designer()
    {
        await using var context = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = factory.Address.ToString(),
            ViewportSize = new ViewportSize { Width = 1366, Height = 768 },
            Locale = "de-DE",
        });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(15_000);
        await SignIn.AsAsync(page, "prozess");
        await page.GotoAsync("/designer/erstberatung");
        await page.Locator("#designer[data-ready='true']").WaitForAsync();

        var found = new SortedSet<string>(StringComparer.Ordinal);
        async Task Scan(string state)
        {
            foreach (var text in await DesignerVisibleTextScan.EnglishTextsAsync(page, Allowed))
            {
                found.Add($"{text}   [{state}]");
            }
        }

        await Scan("Start");
        await Shot(page, "text-01-start");
        foreach (var id in new[] { "Task_Erstberatung", "Gateway_Verweis", "Start", "End_Verweis", "Flow_Ja" })
        {
            await Select(page, id);
            await OpenAllGroups(page);
            await Scan(id);
        }

        await Shot(page, "text-02-fluss");

        // The replace menu of a task: entries, header toggles, search field.
        await Select(page, "Task_Verweis");
        await Scan("Kontextmenü");
        await page.Locator(".djs-context-pad [data-action='replace']").ClickAsync();
        await Assertions.Expect(page.Locator(".djs-popup")).ToBeVisibleAsync();
        await Scan("Ersetzen-Menü");
        await Shot(page, "text-03-ersetzen");

        // Only what the engine runs: no ad-hoc sub-process or loop marker, no complex gateway elsewhere.
        await Assertions.Expect(page.Locator(".djs-popup [data-id='replace-with-ad-hoc-subprocess']")).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator(".djs-popup [data-id='toggle-loop']")).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator(".djs-popup [data-id='replace-with-service-task']")).ToHaveCountAsync(1);

        // A service task shows the implementation settings.
        await page.Locator(".djs-popup [data-id='replace-with-service-task']").ClickAsync();
        await Assertions.Expect(page.Locator(".bio-properties-panel-header-type")).ToHaveTextAsync("Serviceaufgabe", new() { IgnoreCase = true });
        await OpenAllGroups(page);
        await Scan("Service-Aufgabe");
        await Shot(page, "text-04-service");
        await Assertions.Expect(page.Locator("[data-group-id='group-CamundaPlatform__AsynchronousContinuations']")).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("[data-group-id='group-CamundaPlatform__ExecutionListener']")).ToHaveCountAsync(0);
        Assert.DoesNotContain(".djs-palette [data-action='create.data-object']", await page.ContentAsync(), StringComparison.Ordinal);
        await Assertions.Expect(page.Locator(".djs-palette [data-action='create.data-store']")).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator(".djs-palette [data-action='create.participant-expanded']")).ToHaveCountAsync(0);

        // The template chooser and a templated step.
        await page.Locator(".djs-context-pad [data-action='replace']").ClickAsync();
        await page.Locator(".djs-popup [data-id='replace-with-task']").ClickAsync();
        await page.Locator(".bio-properties-panel-select-template-button").ClickAsync();
        await Assertions.Expect(page.Locator(".djs-popup")).ToContainTextAsync("E-Mail senden");
        await Scan("Vorlagenauswahl");
        await page.Locator(".djs-popup .entry", new() { HasText = "E-Mail senden" }).ClickAsync();
        await OpenAllGroups(page);
        await Scan("Vorlage E-Mail senden");
        await Shot(page, "text-05-vorlage");

        Assert.True(found.Count == 0, "English left in the designer:\n" + string.Join("\n", found));
    }

    private static async Task Select(IPage page, string elementId)
    {
        // A click on the element's own group: a flow's bounding-box centre may lie off its line.
        await page.Locator($"#canvas g.djs-element[data-element-id='{elementId}']").EvaluateAsync("g => g.dispatchEvent(new MouseEvent('click', { bubbles: true }))");
        await Assertions.Expect(page.Locator($"g.djs-element.selected[data-element-id='{elementId}']")).ToHaveCountAsync(1);
    }

    private static async Task OpenAllGroups(IPage page)
    {
        // Each header once (a group without entries does not open); then the collapsible list items.
        foreach (var selector in new[] { ".bio-properties-panel-group-header", ".bio-properties-panel-collapsible-entry-header" })
        {
            var headers = page.Locator(selector);
            var count = await headers.CountAsync();
            for (var i = 0; i < count; i++)
            {
                var header = headers.Nth(i);
                if (await header.IsVisibleAsync() && !await header.EvaluateAsync<bool>("h => h.classList.contains('open')"))
                {
                    await header.ClickAsync();
                }
            }
        }
    }

    private async Task Shot(IPage page, string name) =>
        output.WriteLine($"screenshot: {await ChromiumBrowser.ScreenshotAsync(page, name)}");
}
