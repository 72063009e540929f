using Kim.Workflows.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Kim.Workflows.Web.Tests.Browser;

/// <summary>
/// The process owner's designer for one workflow, opened as a person sees it (1366×768, German), with the page's script
/// errors collected so a test can assert that none occurred.
/// </summary>
internal sealed class DesignerSession(IBrowserContext context, IPage page) : IAsyncDisposable
{
    public IPage Page { get; } = page;

    public List<string> Errors { get; } = [];

    public static async Task<DesignerSession> OpenAsync(ChromiumBrowser chromium, KestrelKimWebFactory factory, string workflowKey)
    {
        var context = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = factory.Address.ToString(),
            ViewportSize = new ViewportSize { Width = 1366, Height = 768 },
            Locale = "de-DE",
        });
        var session = new DesignerSession(context, await context.NewPageAsync());
        session.Page.SetDefaultTimeout(15_000);
        session.Page.PageError += (_, e) => session.Errors.Add(e);
        await SignIn.AsAsync(session.Page, "prozess");
        await session.Page.GotoAsync($"/designer/{workflowKey}");
        await session.Page.Locator("#designer[data-ready='true']").WaitForAsync();
        return session;
    }

    public ValueTask DisposeAsync() => context.DisposeAsync();
}
