using System.Net.Http.Json;
using System.Text.Json;
using Kim.Workflows.Web.Tests.Infrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Kim.Workflows.Web.Tests.Browser;

/// <summary>
/// Sign in, work a generated form in the inbox (with a server-side validation error first), and watch the token move
/// on the administrator's instance page; screenshots of each step go to the test output folder.
/// </summary>
public sealed class InboxBrowserTests(KestrelKimWebFactory factory, ChromiumBrowser chromium, ITestOutputHelper output)
    : IClassFixture<KestrelKimWebFactory>, IClassFixture<ChromiumBrowser>
{
    private const float Timeout = 20_000;

    [Fact]
    public async Task Complete_a_generated_form_with_a_validation_error_and_see_the_token_move()
    {
        using var api = await factory.SignedInAsync("cm.ahlen");
        var started = await api.PostAsJsonAsync("/api/instances", new
        {
            processKey = "erstgespraech",
            businessKey = "KIM-2026-0777",
            variables = new Dictionary<string, object?> { ["fallnummer"] = "KIM-2026-0777", ["faellig"] = "2030-03-01T09:00:00+01:00" },
        });
        started.EnsureSuccessStatusCode();
        var instanceId = JsonDocument.Parse(await started.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetGuid();

        // The administrator's instance page: the token waits at the first task.
        await using var adminContext = await NewContextAsync();
        var admin = await NewPageAsync(adminContext);
        await SignIn.AsAsync(admin, "admin", $"/monitor/instanzen/{instanceId}");
        await Assertions.Expect(admin.Locator("#monitor-canvas[data-ready='true']")).ToHaveCountAsync(1);
        await Assertions.Expect(admin.Locator("g.djs-element.kim-token[data-element-id='Task_Dokumentieren']")).ToHaveCountAsync(1);
        await Shot(admin, "20-monitor-vorher");

        // The case manager signs in and finds the task in "Gruppenaufgaben".
        await using var context = await NewContextAsync();
        var page = await NewPageAsync(context);
        await page.GotoAsync("/aufgaben");
        Assert.Contains("/anmelden", page.Url, StringComparison.Ordinal);
        await Shot(page, "21-anmelden");
        await SignIn.AsAsync(page, "cm.ahlen", "/aufgaben?ansicht=gruppe");
        var row = page.Locator("tr", new() { HasText = "KIM-2026-0777" });
        await Assertions.Expect(row).ToHaveCountAsync(1);
        await Shot(page, "22-gruppenaufgaben");
        await row.GetByRole(AriaRole.Link, new() { Name = "Erstgespräch dokumentieren" }).ClickAsync();

        // The generated form: labels from the BPMN, default and read-only values.
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Erstgespräch dokumentieren" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByLabel("Fallnummer")).ToHaveValueAsync("KIM-2026-0777");
        await Assertions.Expect(page.GetByLabel("Personen im Haushalt")).ToHaveValueAsync("1");
        await page.GetByLabel("Anliegen (Pflichtfeld)").FillAsync("Kurs");
        await page.GetByLabel("Personen im Haushalt").FillAsync("20");
        await page.GetByLabel("Dolmetschung nötig").CheckAsync();
        await page.GetByLabel("Nächster Termin").FillAsync("2030-02-15");
        await page.GetByLabel("Ergebnis (Pflichtfeld)").SelectOptionAsync(new SelectOptionValue { Label = "Weiter zum Assessment" });
        await Shot(page, "23-formular");
        await page.GetByRole(AriaRole.Button, new() { Name = "Erledigen" }).ClickAsync();

        // Server-side validation: German messages at the fields, input kept.
        await Assertions.Expect(page.Locator("#form-error")).ToContainTextAsync("Bitte prüfen Sie die markierten Felder.");
        await Assertions.Expect(page.Locator("#feld-anliegen-fehler")).ToHaveTextAsync("„Anliegen“ braucht mindestens 5 Zeichen.");
        await Assertions.Expect(page.Locator("#feld-personen-fehler")).ToHaveTextAsync("„Personen im Haushalt“ darf höchstens 15 sein.");
        await Assertions.Expect(page.GetByLabel("Anliegen (Pflichtfeld)")).ToHaveAttributeAsync("aria-invalid", "true");
        await Assertions.Expect(page.GetByLabel("Dolmetschung nötig")).ToBeCheckedAsync();
        await Shot(page, "24-validierungsfehler");

        await page.GetByLabel("Anliegen (Pflichtfeld)").FillAsync("Sprachkurs und Arbeitssuche");
        await page.GetByLabel("Personen im Haushalt").FillAsync("4");
        await page.GetByRole(AriaRole.Button, new() { Name = "Erledigen" }).ClickAsync();
        await page.WaitForURLAsync(u => u.EndsWith("/aufgaben", StringComparison.Ordinal));
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Die Aufgabe ist erledigt.");
        await Shot(page, "25-erledigt");

        // The token has moved to the next task; the history names the case manager.
        await admin.ReloadAsync();
        await Assertions.Expect(admin.Locator("#monitor-canvas[data-ready='true']")).ToHaveCountAsync(1);
        await Assertions.Expect(admin.Locator("g.djs-element.kim-token[data-element-id='Task_Pruefen']")).ToHaveCountAsync(1);
        await Assertions.Expect(admin.Locator("g.djs-element.kim-token[data-element-id='Task_Dokumentieren']")).ToHaveCountAsync(0);
        await Assertions.Expect(admin.Locator("#verlauf-tabelle")).ToContainTextAsync("cm.ahlen");
        await Assertions.Expect(admin.Locator("#aktuell")).ToHaveTextAsync("Ergebnis prüfen");
        await Shot(admin, "26-monitor-nachher");

        // The heat-map counts the instance at both tasks.
        await admin.GotoAsync("/monitor/workflows/erstgespraech");
        await Assertions.Expect(admin.Locator(".kim-heat[data-element-id='Task_Dokumentieren'] .kim-heat-passed")).ToHaveTextAsync("1");
        await Assertions.Expect(admin.Locator(".kim-heat[data-element-id='Task_Pruefen'] .kim-heat-waiting")).ToHaveTextAsync("1");
        await Shot(admin, "27-heatmap");
    }

    private async Task<IBrowserContext> NewContextAsync() =>
        await chromium.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = factory.Address.ToString(),
            ViewportSize = new ViewportSize { Width = 1300, Height = 900 },
            Locale = "de-DE",
        });

    private async Task<IPage> NewPageAsync(IBrowserContext context)
    {
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(Timeout);
        page.PageError += (_, e) => output.WriteLine($"page error: {e}");
        return page;
    }

    private async Task Shot(IPage page, string name)
    {
        output.WriteLine($"screenshot: {await ChromiumBrowser.ScreenshotAsync(page, name)}");
    }
}
