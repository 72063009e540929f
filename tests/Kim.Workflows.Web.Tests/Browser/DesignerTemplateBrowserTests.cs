using System.Net.Http.Json;
using System.Text.Json;
using Kim.Workflows.Web.Tests.Infrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Kim.Workflows.Web.Tests.Browser;

/// <summary>A process owner adds an "E-Mail senden" step from an element template, fills its labelled fields and publishes.</summary>
public sealed class DesignerTemplateBrowserTests(KestrelKimWebFactory factory, ChromiumBrowser chromium, ITestOutputHelper output)
    : IClassFixture<KestrelKimWebFactory>, IClassFixture<ChromiumBrowser>
{
    [Fact]
    public async Task A_mail_step_from_a_template_is_added_and_published()
    {
        await using var designer = await DesignerSession.OpenAsync(chromium, factory, "erstberatung");
        var page = designer.Page;
        var errors = designer.Errors;

        // The referral task becomes a plain task, then "E-Mail senden" from the template chooser.
        await page.Locator("#canvas g.djs-element[data-element-id='Task_Verweis']").EvaluateAsync("g => g.dispatchEvent(new MouseEvent('click', { bubbles: true }))");
        await page.Locator(".djs-context-pad [data-action='replace']").ClickAsync();
        await page.Locator(".djs-popup [data-id='replace-with-task']").ClickAsync();
        await page.Locator(".bio-properties-panel-select-template-button").ClickAsync();
        await Assertions.Expect(page.Locator(".djs-popup")).ToContainTextAsync("Vorlage wählen");
        await Assertions.Expect(page.Locator(".djs-popup")).ToContainTextAsync("Fallakten-Schritt");
        await Shot(page, "vorlage-01-auswahl");
        await page.Locator(".djs-popup .entry", new() { HasText = "E-Mail senden" }).ClickAsync();
        await Assertions.Expect(page.Locator(".bio-properties-panel-header-type")).ToHaveTextAsync("E-Mail senden", new() { IgnoreCase = true });

        // Labelled choices, no expression typed: the template of templates/ and the recipient.
        var templateGroup = page.Locator(".bio-properties-panel-group", new() { Has = page.GetByLabel("Empfänger") });
        var header = templateGroup.Locator(".bio-properties-panel-group-header");
        if (!await header.EvaluateAsync<bool>("h => h.classList.contains('open')"))
        {
            await header.ClickAsync();
        }

        await page.GetByLabel("Vorlage", new() { Exact = true }).SelectOptionAsync("fallkonferenz-einladung");
        await page.GetByLabel("Empfänger").SelectOptionAsync(new SelectOptionValue { Label = "Koordination" });
        await Shot(page, "vorlage-02-ausgefuellt");

        // Live checking finds nothing to fix; publishing gives version 2 with the connector the engine runs.
        await Assertions.Expect(page.Locator("#problem-summary")).ToContainTextAsync("Keine Probleme");
        await page.GetByRole(AriaRole.Button, new() { Name = "Veröffentlichen" }).ClickAsync();
        await Assertions.Expect(page.Locator("#status")).ToContainTextAsync("Version 2 wurde veröffentlicht");
        await Shot(page, "vorlage-03-veroeffentlicht");

        var api = await factory.SignedInAsync("prozess");
        var xml = await api.GetStringAsync("/api/definitions/erstberatung/versions/2/xml");
        Assert.Contains("<bpmn:sendTask id=\"Task_Verweis\"", xml, StringComparison.Ordinal);
        Assert.Contains("camunda:modelerTemplate=\"kim.mail-send\"", xml, StringComparison.Ordinal);
        Assert.Contains("<camunda:connectorId>mail-send</camunda:connectorId>", xml, StringComparison.Ordinal);
        Assert.Contains("<camunda:inputParameter name=\"template\">fallkonferenz-einladung</camunda:inputParameter>", xml, StringComparison.Ordinal);
        Assert.Contains("<camunda:inputParameter name=\"to\">${coordinationEmail}</camunda:inputParameter>", xml, StringComparison.Ordinal);
        var summary = await api.GetFromJsonAsync<JsonElement>("/api/definitions/erstberatung");
        Assert.Equal(2, summary.GetProperty("latestVersion").GetInt32());
        Assert.Empty(errors);
    }

    private async Task Shot(IPage page, string name) =>
        output.WriteLine($"screenshot: {await ChromiumBrowser.ScreenshotAsync(page, name)}");
}
