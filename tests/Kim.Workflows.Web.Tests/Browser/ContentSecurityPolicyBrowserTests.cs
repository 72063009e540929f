using System.Collections.Concurrent;
using Kim.Workflows.Domain.Seeding;
using Kim.Workflows.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Kim.Workflows.Web.Tests.Browser;

/// <summary>
/// The designer, a case file, controlling and the Hangfire dashboard in headless Chromium under the real Content-Security-Policy: the browser
/// reports no violation (every <c>securitypolicyviolation</c> event and every console complaint is recorded), and the
/// confirmation dialogs that replaced inline handlers still ask before a consent is revoked.
/// </summary>
public sealed class ContentSecurityPolicyBrowserTests(KestrelKimWebFactory factory, ChromiumBrowser chromium)
    : IClassFixture<KestrelKimWebFactory>, IClassFixture<ChromiumBrowser>
{
    /// <summary>Runs before any page script, outside the page's policy, and reports violations to the test.</summary>
    private const string ViolationRecorder =
        "document.addEventListener('securitypolicyviolation', e => window.kimCspViolation(`${location.pathname}: ${e.violatedDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`));";

    [Fact]
    public async Task Designer_case_file_controlling_and_hangfire_run_without_a_single_policy_violation()
    {
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<DemoDataSeeder>().SeedAsync();
        }

        var violations = new ConcurrentQueue<string>();
        var errors = new ConcurrentQueue<string>();

        // Designer: the bpmn-js bundle, the properties panel (preact) and the element templates.
        var designer = await NewPageAsync(violations, errors);
        await SignIn.AsAsync(designer, "prozess", "/designer/erstberatung");
        await designer.GotoAsync("/designer/erstberatung");
        await Assertions.Expect(designer.Locator(".djs-palette [data-action='create.start-event']")).ToHaveCountAsync(1);
        await designer.Locator("g.djs-element[data-element-id='Task_Erstberatung']").ClickAsync();
        await Assertions.Expect(designer.Locator(".bio-properties-panel-header-type")).ToHaveTextAsync("Benutzeraufgabe");
        await designer.Locator("[data-group-id='group-CamundaPlatform__UserAssignment'] .bio-properties-panel-group-header").ClickAsync();
        await Assertions.Expect(designer.Locator("#bio-properties-panel-assignee")).ToBeVisibleAsync();
        await designer.Context.CloseAsync();

        // Case file and consents: the revoke button asks through js/confirm.js (no inline onclick any more).
        var cases = await NewPageAsync(violations, errors);
        await SignIn.AsAsync(cases, "cm.ahlen", "/faelle");
        await cases.GotoAsync("/faelle");
        var caseLinks = await cases.Locator("#faelle a[href^='/faelle/']").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        Assert.NotEmpty(caseLinks);
        await cases.GotoAsync(caseLinks[0]);
        await Assertions.Expect(cases.Locator("main h1")).ToBeVisibleAsync();
        await RevokeOneConsentAfterConfirmingAsync(cases, caseLinks);
        await cases.Context.CloseAsync();

        // Controlling: Chart.js draws into canvases.
        var controlling = await NewPageAsync(violations, errors);
        await SignIn.AsAsync(controlling, "koord.leitung", "/controlling");
        await controlling.GotoAsync("/controlling?bezirk=kreis&von=2020-01-01&bis=2030-12-31");
        await Assertions.Expect(controlling.Locator("body[data-charts-ready='true']")).ToHaveCountAsync(1);
        Assert.True(await controlling.Locator("canvas[data-rendered='true']").CountAsync() >= 8, "every chart is drawn");

        // The Hangfire dashboard (administrators) runs under the same policy, without an exception.
        var hangfire = await NewPageAsync(violations, errors);
        await SignIn.AsAsync(hangfire, "admin", "/hangfire");
        await hangfire.GotoAsync("/hangfire/recurring");
        await Assertions.Expect(hangfire.Locator("#wrap")).ToHaveCountAsync(1);
        await hangfire.GotoAsync("/hangfire");
        await Assertions.Expect(hangfire.Locator("#realtimeGraph")).ToHaveCountAsync(1);
        await hangfire.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await hangfire.Context.CloseAsync();

        Assert.True(violations.IsEmpty, "policy violations:\n" + string.Join("\n", violations));
        Assert.True(errors.IsEmpty, "console errors:\n" + string.Join("\n", errors));

        // The recorder and the policy are live: a script injected inline is refused and reported.
        await controlling.EvaluateAsync("() => { const s = document.createElement('script'); s.textContent = 'window.kimInjected = true'; document.body.append(s); }");
        await Assertions.Expect(controlling.Locator("body")).ToHaveCountAsync(1);
        await WaitForAsync(() => !violations.IsEmpty);
        Assert.Contains(violations, v => v.Contains("script-src", StringComparison.Ordinal));
        Assert.False(await controlling.EvaluateAsync<bool>("() => window.kimInjected === true"), "the injected inline script ran");
        await controlling.Context.CloseAsync();
    }

    /// <summary>
    /// The one exception (see docs/web.md): Scalar's inline start script runs and the reference renders. Its bundle
    /// also tries <c>eval</c>, which stays refused (the reference works without it); nothing else is refused (no
    /// fonts from a third-party host).
    /// </summary>
    [Fact]
    public async Task Scalar_runs_under_its_narrower_exception()
    {
        var violations = new ConcurrentQueue<string>();
        var errors = new ConcurrentQueue<string>();
        var page = await NewPageAsync(violations, errors);
        await SignIn.AsAsync(page, "admin", "/scalar");
        await page.GotoAsync("/scalar");
        await Assertions.Expect(page.GetByText("/api/definitions").First).ToBeAttachedAsync();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        var unexpected = violations.Where(v => !v.Contains("script-src blocked eval", StringComparison.Ordinal)).ToList();
        Assert.True(unexpected.Count == 0, "policy violations:\n" + string.Join("\n", unexpected));
        await page.Context.CloseAsync();
    }

    private static async Task RevokeOneConsentAfterConfirmingAsync(IPage page, string[] caseFiles)
    {
        const string Revoke = "button[data-confirm^='Widerruf jetzt eintragen?']";
        foreach (var caseFile in caseFiles)
        {
            var consents = caseFile.Split('?')[0] + "/einwilligungen";
            await page.GotoAsync(consents);
            var before = await page.Locator(Revoke).CountAsync();
            if (before == 0)
            {
                continue;
            }

            var questions = new List<string>();
            void Dismiss(object? sender, IDialog dialog)
            {
                questions.Add(dialog.Message);
                _ = dialog.DismissAsync();
            }

            page.Dialog += Dismiss;
            await page.Locator(Revoke).First.ClickAsync();
            await WaitForAsync(() => questions.Count == 1);
            page.Dialog -= Dismiss;
            Assert.StartsWith("Widerruf jetzt eintragen?", questions[0], StringComparison.Ordinal);
            Assert.Equal(before, await page.Locator(Revoke).CountAsync());

            page.Dialog += (_, dialog) => _ = dialog.AcceptAsync();
            await page.Locator(Revoke).First.ClickAsync();
            await Assertions.Expect(page.Locator(Revoke)).ToHaveCountAsync(before - 1);
            return;
        }

        Assert.Fail("no case of cm.ahlen has a consent to revoke in the demo data");
    }

    private async Task<IPage> NewPageAsync(ConcurrentQueue<string> violations, ConcurrentQueue<string> errors)
    {
        var context = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = factory.Address.ToString(),
            ViewportSize = new ViewportSize { Width = 1400, Height = 1000 },
            Locale = "de-DE",
        });
        await context.ExposeFunctionAsync<string>("kimCspViolation", violations.Enqueue);
        await context.AddInitScriptAsync(ViolationRecorder);
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(20_000);
        page.PageError += (_, e) => errors.Enqueue(e);
        page.Console += (_, m) =>
        {
            if (m.Type == "error" || m.Text.Contains("Content Security Policy", StringComparison.Ordinal))
            {
                errors.Enqueue($"{page.Url}: {m.Text}");
            }
        };
        return page;
    }

    private static async Task WaitForAsync(Func<bool> condition)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (!condition())
        {
            await Task.Delay(20, timeout.Token);
        }
    }
}
