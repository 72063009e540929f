using System.Diagnostics;
using Kim.Workflows.Web.Tests.Infrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Kim.Workflows.Web.Tests.Browser;

/// <summary>
/// Live checking as a process owner: markers come from the server's validator after each edit, without
/// pressing "Prüfen", and leave again when the diagram is fixed.
/// </summary>
public sealed class DesignerLiveValidationBrowserTests(KestrelKimWebFactory factory, ChromiumBrowser chromium, ITestOutputHelper output)
    : IClassFixture<KestrelKimWebFactory>, IClassFixture<ChromiumBrowser>
{
    private const string UnreachableMarker = "g.djs-element.kim-problem-error[data-element-id='Task_Verweis']";

    [Fact]
    public async Task Markers_appear_after_an_edit_and_disappear_after_the_fix()
    {
        await using var context = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = factory.Address.ToString(),
            ViewportSize = new ViewportSize { Width = 1366, Height = 768 },
            Locale = "de-DE",
        });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(15_000);
        var validateCalls = 0;
        page.Request += (_, r) => { if (r.Url.EndsWith("/api/definitions/validate", StringComparison.Ordinal)) { Interlocked.Increment(ref validateCalls); } };
        var errors = new List<string>();
        page.PageError += (_, e) => errors.Add(e);

        await SignIn.AsAsync(page, "prozess");
        await page.GotoAsync("/designer/erstberatung");
        await page.Locator("#designer[data-ready='true']").WaitForAsync();
        // The opened workflow is checked once on its own: valid, so no marker.
        await Assertions.Expect(page.Locator("#designer[data-checked]")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("#problem-summary")).ToContainTextAsync("Keine Probleme");
        await Assertions.Expect(page.Locator("#problem-list")).ToHaveTextAsync("");
        await Assertions.Expect(page.Locator("g.djs-element.kim-problem-error")).ToHaveCountAsync(0);

        // The text outline beside the diagram lists the steps, who does them and where the paths split.
        var outline = page.Locator("#outline-list");
        await Assertions.Expect(outline).ToContainTextAsync("Erstberatung durchführen");
        await Assertions.Expect(outline).ToContainTextAsync("hier teilt sich der Weg");
        await Assertions.Expect(outline).ToContainTextAsync("ja: weiter mit „Verweisberatung“");
        await Assertions.Expect(outline.Locator("li[data-element-id='Task_Verweis']")).ToContainTextAsync("zuständig: fallmanager");

        // Delete the "ja" flow: the task behind it becomes unreachable and is marked without pressing "Prüfen".
        await page.Locator("g.djs-element[data-element-id='Flow_Ja']").EvaluateAsync("g => g.dispatchEvent(new MouseEvent('click', { bubbles: true }))");
        await Assertions.Expect(page.Locator("g.djs-element.selected[data-element-id='Flow_Ja']")).ToHaveCountAsync(1);
        var callsBefore = validateCalls;
        var clock = Stopwatch.StartNew();
        await page.Locator(".djs-context-pad [data-action='delete']").ClickAsync();
        await Assertions.Expect(page.Locator("g.djs-element[data-element-id='Flow_Ja']")).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator(UnreachableMarker)).ToHaveCountAsync(1);
        output.WriteLine($"marker shown {clock.ElapsedMilliseconds} ms after the edit");
        Assert.True(validateCalls > callsBefore, "the marker must come from the server's validator");

        // The list names the task by its label and says what to do; no generated id is shown.
        var entry = page.Locator(".problem-entry[data-element-id='Task_Verweis']");
        await Assertions.Expect(entry).ToContainTextAsync("Benutzeraufgabe 'Verweisberatung' ist von keinem Startereignis aus erreichbar");
        await Assertions.Expect(entry).ToContainTextAsync("Verbinden Sie es");
        await Assertions.Expect(entry).Not.ToContainTextAsync("Task_Verweis");
        await Shot(page, "live-01-marker");
        await Assertions.Expect(outline.Locator("li[data-element-id='Task_Verweis']")).ToHaveCountAsync(0);

        // Undo the deletion: the marker and the list entry go away by themselves.
        await page.Locator("#canvas svg[tabindex]").First.FocusAsync();
        await page.Keyboard.PressAsync("Control+z");
        await Assertions.Expect(page.Locator("g.djs-element[data-element-id='Flow_Ja']")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator(UnreachableMarker)).ToHaveCountAsync(0);
        await Assertions.Expect(entry).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("#problem-summary")).ToContainTextAsync("Keine Probleme");
        await Shot(page, "live-02-behoben");
        Assert.Empty(errors);
    }

    private async Task Shot(IPage page, string name) =>
        output.WriteLine($"screenshot: {await ChromiumBrowser.ScreenshotAsync(page, name)}");
}
