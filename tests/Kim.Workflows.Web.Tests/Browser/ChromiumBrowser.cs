using Microsoft.Playwright;

namespace Kim.Workflows.Web.Tests.Browser;

/// <summary>
/// Debian's Chromium through Playwright; never a downloaded browser. The test command installs
/// <c>/usr/bin/chromium</c> when it is missing (scripts/ensure-prerequisites.sh).
/// </summary>
public sealed class ChromiumBrowser : IAsyncLifetime
{
    public const string ExecutablePath = "/usr/bin/chromium";

    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    /// <summary>Screenshots go beside the test assembly (the test output folder).</summary>
    public static string ScreenshotFolder { get; } = Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "screenshots")).FullName;

    /// <summary>
    /// A full-page screenshot into <see cref="ScreenshotFolder"/>. Generous timeout: a full-page capture of the
    /// designer waits for a quiet frame, which takes long on a busy 2-core machine.
    /// </summary>
    public static async Task<string> ScreenshotAsync(Microsoft.Playwright.IPage page, string name)
    {
        var path = Path.Combine(ScreenshotFolder, name + ".png");
        await page.ScreenshotAsync(new Microsoft.Playwright.PageScreenshotOptions { Path = path, FullPage = true, Timeout = 60_000 });
        return path;
    }

    public async Task InitializeAsync()
    {
        if (!File.Exists(ExecutablePath))
        {
            throw new InvalidOperationException($"{ExecutablePath} is missing: run scripts/ensure-prerequisites.sh (installs Debian's chromium).");
        }

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args =
            [
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run",
            ],
        });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
    }
}
