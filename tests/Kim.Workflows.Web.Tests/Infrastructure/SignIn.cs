using System.Net;
using System.Text.RegularExpressions;
using Kim.Workflows.Web.Auth;
using Kim.Workflows.Web.Auth.ApiKeys;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Kim.Workflows.Web.Tests.Infrastructure;

/// <summary>Signs test clients in: through the real sign-in page (cookie + antiforgery), or with an API key.</summary>
public static partial class SignIn
{
    public const string DemoPassword = KimAuthOptions.DefaultDemoPassword;

    /// <summary>
    /// A client signed in as a demo user through <c>/anmelden</c>, carrying the same-origin header and the
    /// page's antiforgery token for API calls, like the pages' scripts do.
    /// </summary>
    public static async Task<HttpClient> AsAsync(WebApplicationFactory<Program> factory, string userName, bool apiHeaders = true)
    {
        var client = factory.CreateClient(Options(factory, handleCookies: true));
        var form = await client.GetStringAsync("/anmelden");
        var response = await client.PostAsync("/anmelden", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["UserName"] = userName,
            ["Password"] = DemoPassword,
            ["__RequestVerificationToken"] = FormToken(form),
        }));
        // On real Kestrel the factory's client follows redirects: success is leaving the sign-in page.
        var signedIn = response.StatusCode == HttpStatusCode.Redirect
            || (response.IsSuccessStatusCode && response.RequestMessage?.RequestUri?.AbsolutePath is { } path && !path.StartsWith("/anmelden", StringComparison.Ordinal));
        if (!signedIn)
        {
            var text = await response.Content.ReadAsStringAsync();
            throw new InvalidOperationException($"Sign-in of {userName} failed: {response.StatusCode} {Regex.Match(text, "role=\"alert\"[^>]*>([^<]*)").Groups[1].Value}");
        }

        if (apiHeaders)
        {
            var page = await client.GetStringAsync("/abmelden");
            client.DefaultRequestHeaders.Add("X-Requested-With", "XMLHttpRequest");
            client.DefaultRequestHeaders.Add(ApiRequestProtectionFilter.AntiforgeryHeader, MetaToken(page));
        }

        return client;
    }

    /// <summary>A client with a fresh API key of the given roles (and candidate groups).</summary>
    public static async Task<HttpClient> WithApiKeyAsync(WebApplicationFactory<Program> factory, string[] roles, string[]? groups = null)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var (_, key) = await scope.ServiceProvider.GetRequiredService<ApiKeyService>().CreateAsync($"test-{Guid.NewGuid():N}", roles, groups ?? [], "test");
        var client = factory.CreateClient(Options(factory, handleCookies: false));
        client.DefaultRequestHeaders.Add(ApiKeyService.HeaderName, key);
        return client;
    }

    /// <summary>Client options; on real Kestrel the base address is the server's.</summary>
    public static WebApplicationFactoryClientOptions Options(WebApplicationFactory<Program> factory, bool handleCookies = true)
    {
        var options = new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = handleCookies };
        if (factory is ILoopbackServer kestrel)
        {
            options.BaseAddress = kestrel.Address;
        }

        return options;
    }

    /// <summary>Signs a browser page in through the sign-in form.</summary>
    public static async Task AsAsync(IPage page, string userName, string returnUrl = "/")
    {
        await page.GotoAsync($"/anmelden?ReturnUrl={Uri.EscapeDataString(returnUrl)}");
        await page.GetByLabel("Benutzername").FillAsync(userName);
        await page.GetByLabel("Passwort").FillAsync(DemoPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Anmelden", Exact = true }).ClickAsync();
        await page.WaitForURLAsync(u => !u.Contains("/anmelden", StringComparison.Ordinal));
    }

    public static string FormToken(string html) => FormTokenPattern().Match(html) is { Success: true } m
        ? WebUtility.HtmlDecode(m.Groups[1].Value)
        : throw new InvalidOperationException("No antiforgery token in the form.");

    public static string MetaToken(string html) => MetaTokenPattern().Match(html) is { Success: true } m
        ? WebUtility.HtmlDecode(m.Groups[1].Value)
        : throw new InvalidOperationException("No antiforgery meta token on the page.");

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex FormTokenPattern();

    [GeneratedRegex("<meta name=\"kim-antiforgery\" content=\"([^\"]+)\"")]
    private static partial Regex MetaTokenPattern();
}
