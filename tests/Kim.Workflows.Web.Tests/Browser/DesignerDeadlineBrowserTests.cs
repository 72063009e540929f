using Kim.Workflows.Web.Tests.Infrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Kim.Workflows.Web.Tests.Browser;

/// <summary>A deadline is picked as number and unit (and working days), not typed as ISO 8601.</summary>
public sealed class DesignerDeadlineBrowserTests(KestrelKimWebFactory factory, ChromiumBrowser chromium, ITestOutputHelper output)
    : IClassFixture<KestrelKimWebFactory>, IClassFixture<ChromiumBrowser>
{
    [Fact]
    public async Task A_timer_gets_its_deadline_from_the_duration_picker()
    {
        await using var designer = await DesignerSession.OpenAsync(chromium, factory, "erstberatung");
        var page = designer.Page;
        var errors = designer.Errors;

        // Append a timer event to the first task: the "Frist" group offers number, unit and working days.
        await page.Locator("#canvas g.djs-element[data-element-id='Task_Erstberatung']").EvaluateAsync("g => g.dispatchEvent(new MouseEvent('click', { bubbles: true }))");
        await page.Locator(".djs-context-pad [data-action='append.intermediate-event']").ClickAsync();
        await page.Locator(".djs-context-pad [data-action='replace']").ClickAsync();
        await page.Locator(".djs-popup [data-id='replace-with-timer-intermediate-catch']").ClickAsync();
        var group = page.Locator("[data-group-id='group-kim-deadline']");
        await Assertions.Expect(group).ToBeVisibleAsync();
        var header = group.Locator(".bio-properties-panel-group-header");
        if (!await header.EvaluateAsync<bool>("h => h.classList.contains('open')"))
        {
            await header.ClickAsync();
        }

        await page.GetByLabel("Anzahl").FillAsync("3");
        await page.GetByLabel("Einheit").SelectOptionAsync(new SelectOptionValue { Label = "Wochen" });
        await page.GetByLabel("nur Arbeitstage zählen").CheckAsync();
        await Shot(page, "frist-01");

        await page.GetByRole(AriaRole.Button, new() { Name = "Speichern (Entwurf)" }).ClickAsync();
        await Assertions.Expect(page.Locator("#status")).ToContainTextAsync("Entwurf gespeichert");
        var xml = await (await factory.SignedInAsync("prozess")).GetStringAsync("/api/definitions/erstberatung/versions/draft/xml");
        var timer = xml[xml.IndexOf("<bpmn:intermediateCatchEvent", StringComparison.Ordinal)..];
        Assert.True(System.Text.RegularExpressions.Regex.IsMatch(xml, "<bpmn:timeDuration[^>]*>P3W</bpmn:timeDuration>"), timer[..Math.Min(800, timer.Length)]);
        Assert.Contains("<camunda:property name=\"kim:arbeitstage\" value=\"true\" />", xml, StringComparison.Ordinal);
        Assert.Empty(errors);
    }

    private async Task Shot(IPage page, string name) =>
        output.WriteLine($"screenshot: {await ChromiumBrowser.ScreenshotAsync(page, name)}");
}
