using System.Net.Http.Json;
using System.Text.Json;
using Kim.Workflows.Web.Tests.Infrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Kim.Workflows.Web.Tests.Browser;

/// <summary>The designer in headless Chromium against the app on Kestrel, with screenshots of each step.</summary>
public sealed class DesignerBrowserTests(KestrelKimWebFactory factory, ChromiumBrowser chromium, ITestOutputHelper output)
    : IClassFixture<KestrelKimWebFactory>, IClassFixture<ChromiumBrowser>
{
    private const float Timeout = 15_000;

    [Fact]
    public async Task Edit_save_validate_and_publish_a_workflow_in_the_designer()
    {
        var baseUrl = factory.Address;
        await using var context = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = baseUrl.ToString(),
            ViewportSize = new ViewportSize { Width = 1400, Height = 900 },
            Locale = "de-DE",
        });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(Timeout);
        var consoleErrors = new List<string>();
        page.Console += (_, m) => { if (m.Type == "error") { consoleErrors.Add($"{m.Text} {m.Location}"); } };
        page.PageError += (_, e) => consoleErrors.Add(e);

        // 1. Signed in as the process owner, the list shows the seeded workflow; "Öffnen" opens the designer.
        await SignIn.AsAsync(page, "prozess");
        await page.GotoAsync("/");
        await Shot(page, "01-liste");
        await page.GetByRole(AriaRole.Link, new() { Name = "Erstberatung (Test) öffnen" }).ClickAsync();
        await WaitForDiagram(page);
        await Shot(page, "02-designer");

        // The modeler's own texts are German (ClientApp/src/i18n): palette, context pad, properties panel.
        await Assertions.Expect(page.Locator(".djs-palette [data-action='create.start-event']")).ToHaveAttributeAsync("aria-label", "Startereignis anlegen");
        await Assertions.Expect(page.Locator(".djs-palette [data-action='hand-tool']")).ToHaveAttributeAsync("aria-label", "Hand-Werkzeug aktivieren");

        // 2. Rename a task and set camunda:assignee in the properties panel, save.
        await page.Locator("g.djs-element[data-element-id='Task_Erstberatung']").ClickAsync();
        await Assertions.Expect(page.Locator(".djs-context-pad [data-action='append.append-task']")).ToHaveAttributeAsync("title", "Aufgabe anhängen");
        await Assertions.Expect(page.Locator(".djs-context-pad [data-action='delete']")).ToHaveAttributeAsync("title", "Löschen");
        await Assertions.Expect(page.Locator(".bio-properties-panel-header-type")).ToHaveTextAsync("Benutzeraufgabe");
        await Assertions.Expect(page.Locator("[data-group-id='group-general'] .bio-properties-panel-group-header-title")).ToHaveTextAsync("Allgemein");
        await Assertions.Expect(page.Locator("[data-group-id='group-CamundaPlatform__UserAssignment'] .bio-properties-panel-group-header-title")).ToHaveTextAsync("Zuweisung");
        await OpenGroup(page, "general");
        var name = page.Locator("#bio-properties-panel-name");
        await name.FillAsync("Erstberatung mit Dolmetschung");
        await OpenGroup(page, "CamundaPlatform__UserAssignment");
        await Assertions.Expect(page.GetByLabel("Bearbeitung durch")).ToHaveCountAsync(1);
        var assignee = page.Locator("#bio-properties-panel-assignee");
        await assignee.FillAsync("fm.ahlen");
        await assignee.PressAsync("Tab");
        await Assertions.Expect(page.Locator("#dirty-indicator")).ToBeVisibleAsync();
        await Shot(page, "03-eigenschaften");
        await page.GetByRole(AriaRole.Button, new() { Name = "Speichern (Entwurf)" }).ClickAsync();
        await Assertions.Expect(page.Locator("#status")).ToContainTextAsync("Entwurf gespeichert");

        // 3. After a reload the draft shows the change.
        await page.ReloadAsync();
        await WaitForDiagram(page);
        await Assertions.Expect(page.Locator("g.djs-element[data-element-id='Task_Erstberatung']")).ToContainTextAsync("Dolmetschung");
        await page.Locator("g.djs-element[data-element-id='Task_Erstberatung']").ClickAsync();
        await OpenGroup(page, "CamundaPlatform__UserAssignment");
        await Assertions.Expect(page.Locator("#bio-properties-panel-assignee")).ToHaveValueAsync("fm.ahlen");
        var draftXml = await (await factory.SignedInAsync("prozess")).GetStringAsync("/api/definitions/erstberatung/versions/draft/xml");
        Assert.Contains("camunda:assignee=\"fm.ahlen\"", draftXml, StringComparison.Ordinal);
        await Shot(page, "04-nach-neuladen");

        // 4. Delete the gateway's "ja" flow: "Prüfen" marks the unreachable task and lists it.
        await ClickFlowLeavingTop(page, "Flow_Ja", "Gateway_Verweis", "Task_Verweis");
        await page.Locator(".djs-context-pad [data-action='delete']").ClickAsync();
        await Assertions.Expect(page.Locator("g.djs-element[data-element-id='Flow_Ja']")).ToHaveCountAsync(0);
        await page.GetByRole(AriaRole.Button, new() { Name = "Prüfen" }).ClickAsync();
        var entry = page.Locator(".problem-entry[data-element-id='Task_Verweis']");
        await Assertions.Expect(entry).ToContainTextAsync("erreichbar");
        await Assertions.Expect(page.Locator("g.djs-element.kim-problem-error[data-element-id='Task_Verweis']")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator(".djs-overlay .kim-problem-badge")).Not.ToHaveCountAsync(0);
        await entry.ClickAsync();
        await Assertions.Expect(page.Locator("g.djs-element.selected[data-element-id='Task_Verweis']")).ToHaveCountAsync(1);
        await Shot(page, "05-pruefen-fehler");

        // 5. Leaving with unsaved changes asks first (beforeunload); the saved draft comes back.
        string? dialogType = null;
        page.Dialog += async (_, dialog) =>
        {
            dialogType = dialog.Type;
            await dialog.AcceptAsync();
        };
        await page.ReloadAsync();
        Assert.Equal("beforeunload", dialogType);
        await WaitForDiagram(page);
        await Assertions.Expect(page.Locator("g.djs-element[data-element-id='Flow_Ja']")).ToHaveCountAsync(1);

        // 6. Publish the valid draft: version 2 appears in the picker and the API.
        await page.GetByRole(AriaRole.Button, new() { Name = "Veröffentlichen" }).ClickAsync();
        await Assertions.Expect(page.Locator("#status")).ToContainTextAsync("Version 2 wurde veröffentlicht");
        await Assertions.Expect(page.Locator("#version-select option[value='2']")).ToHaveCountAsync(1);
        await Shot(page, "06-veroeffentlicht");
        var summary = await (await factory.SignedInAsync("prozess")).GetFromJsonAsync<JsonElement>("/api/definitions/erstberatung");
        Assert.Equal(2, summary.GetProperty("latestVersion").GetInt32());

        // 7. Version 1 opens read-only; saving is disabled there.
        await page.Locator("#version-select").SelectOptionAsync("1");
        await Assertions.Expect(page.Locator("#readonly-banner")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#viewer g.djs-element[data-element-id='Task_Erstberatung']")).ToContainTextAsync("Erstberatung durchführen");
        await Assertions.Expect(page.Locator("#btn-save")).ToBeDisabledAsync();
        await Shot(page, "07-version-1-lesen");

        Assert.Empty(consoleErrors);
    }

    [Fact]
    public async Task New_workflow_from_the_list_opens_in_the_designer()
    {
        await using var context = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = factory.Address.ToString() });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(Timeout);

        page.Console += (_, m) => output.WriteLine($"console {m.Type}: {m.Text}");
        page.PageError += (_, e) => output.WriteLine($"page error: {e}");
        await SignIn.AsAsync(page, "prozess");
        await page.GotoAsync("/");
        await page.GetByLabel("Name").FillAsync("Fallkonferenz Übung");
        await Assertions.Expect(page.GetByLabel("Schlüssel (Prozess-ID)")).ToHaveValueAsync("fallkonferenz-uebung");
        // No screenshot here: capturing a page in mid-navigation can hang until the timeout.
        await page.GetByRole(AriaRole.Button, new() { Name = "Neu anlegen" }).ClickAsync();

        await WaitForDiagram(page);
        Assert.EndsWith("/designer/fallkonferenz-uebung", page.Url, StringComparison.Ordinal);
        await Assertions.Expect(page.Locator("g.djs-element[data-element-id='StartEvent_1']")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("#version-select option[value='edit']")).ToContainTextAsync("Entwurf");
        await Shot(page, "08-neu");
    }

    private static async Task WaitForDiagram(IPage page) =>
        await page.Locator("#designer[data-ready='true']").WaitForAsync();

    private static async Task OpenGroup(IPage page, string groupId)
    {
        var header = page.Locator($"[data-group-id='group-{groupId}'] .bio-properties-panel-group-header");
        if (!await header.EvaluateAsync<bool>("h => h.classList.contains('open')"))
        {
            await header.ClickAsync();
        }

        await Assertions.Expect(page.Locator($"[data-group-id='group-{groupId}'] .bio-properties-panel-group-entries.open")).ToBeVisibleAsync();
    }

    /// <summary>
    /// Clicks the flow that leaves the top of <paramref name="gatewayId"/> and bends right towards <paramref name="targetId"/>,
    /// halfway up its vertical segment (an L-shaped flow's box centre lies off the line).
    /// </summary>
    private static async Task ClickFlowLeavingTop(IPage page, string flowId, string gatewayId, string targetId)
    {
        var gateway = await page.Locator($"g.djs-element[data-element-id='{gatewayId}'] .djs-visual").BoundingBoxAsync();
        var target = await page.Locator($"g.djs-element[data-element-id='{targetId}'] .djs-visual").BoundingBoxAsync();
        Assert.NotNull(gateway);
        Assert.NotNull(target);
        var x = gateway.X + (gateway.Width / 2);
        var y = (gateway.Y + target.Y + (target.Height / 2)) / 2;
        await page.Mouse.ClickAsync(x, y);
        await Assertions.Expect(page.Locator($"g.djs-element.selected[data-element-id='{flowId}']")).ToHaveCountAsync(1);
    }

    private async Task Shot(IPage page, string name)
    {
        output.WriteLine($"screenshot: {await ChromiumBrowser.ScreenshotAsync(page, name)}");
    }
}
