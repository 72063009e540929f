using System.Text.RegularExpressions;
using Kim.Workflows.Domain.Seeding;
using Kim.Workflows.Web.Infrastructure;
using Kim.Workflows.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Kim.Workflows.Web.Tests.Security;

/// <summary>
/// Every GET route the host maps (read from its endpoint data source, so a new page is covered without touching this
/// test), requested on real Kestrel anonymously and as each demo role: every answer carries the security headers,
/// and no HTML page holds an inline script or an inline event handler (the policy would block them anyway; this
/// finds them before a user's browser does). The one documented exception is the Scalar API reference
/// (<see cref="SecurityHeaders.ScalarContentSecurityPolicy"/>), whose own inline start script is not scanned.
/// </summary>
public sealed partial class SecurityHeadersTests(KestrelKimWebFactory factory) : IClassFixture<KestrelKimWebFactory>
{
    private static readonly string[] Users = ["cm.ahlen", "koord.leitung", "abh.bleiberecht", "prozess", "admin"];
    private static readonly Guid Missing = Guid.Parse("00000000-0000-0000-0000-00000000abcd");

    /// <summary>Pages that must have been scanned with content (status 200), or the scan proves little.</summary>
    private static readonly string[] MustScan =
        ["/designer/{key}", "/controlling", "/faelle/{id:guid}/stammdaten", "/faelle/{key}", "/monitor/instanzen/{id:guid}", "/aufgaben/{taskId:guid}", "/datenschutz/auskunft/{caseNumber}", "/hangfire/{**path}"];

    [Fact]
    public async Task Every_get_route_carries_the_security_headers_and_no_page_has_inline_script()
    {
        var baseUrl = factory.Address;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<DemoDataSeeder>().SeedAsync();
        }

        var clients = new List<(string User, HttpClient Client)> { ("(anonym)", factory.CreateClient(SignIn.Options(factory))) };
        foreach (var user in Users)
        {
            clients.Add((user, await SignIn.AsAsync(factory, user, apiHeaders: user != "cm.ahlen")));
        }

        var values = await RouteValuesAsync(clients.First(c => c.User == "cm.ahlen").Client, clients.First(c => c.User == "admin").Client);
        var failures = new List<string>();
        var scanned = new HashSet<string>();
        var routes = GetRoutes().ToList();
        Assert.True(routes.Count >= 40, $"only {routes.Count} GET routes found");
        foreach (var route in routes)
        {
            var path = Fill(route, values);
            foreach (var (user, client) in clients)
            {
                using var response = await client.GetAsync(path);
                // The client follows redirects (e.g. to the sign-in page): judge the page that answered.
                var answered = response.RequestMessage?.RequestUri?.AbsolutePath ?? path;
                var where = $"{route} ({path}) as {user} → {(int)response.StatusCode} {answered}";
                failures.AddRange(HeaderProblems(response, answered, expectNoStore: true).Select(p => $"{where}: {p}"));
                var isScalar = answered.StartsWith(SecurityHeaders.ScalarPath, StringComparison.Ordinal);
                if ((int)response.StatusCode == 200 && response.Content.Headers.ContentType?.MediaType == "text/html" && !isScalar)
                {
                    scanned.Add(route);
                    failures.AddRange(MarkupProblems(await response.Content.ReadAsStringAsync()).Select(p => $"{where}: {p}"));
                }
            }
        }

        // Static files: the same policy headers, but their own caching (versioned URLs are immutable).
        var designer = await clients[^1].Client.GetStringAsync($"/designer/{values["key"]}");
        foreach (var asset in AssetPattern().Matches(designer).Select(m => m.Groups[1].Value).Distinct())
        {
            using var response = await clients[0].Client.GetAsync(System.Net.WebUtility.HtmlDecode(asset));
            Assert.Equal(200, (int)response.StatusCode);
            failures.AddRange(HeaderProblems(response, asset, expectNoStore: false).Select(p => $"{asset}: {p}"));
            Assert.Contains("immutable", response.Headers.CacheControl?.ToString() ?? "", StringComparison.Ordinal);
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(60)));
        Assert.Empty(MustScan.Except(scanned));
        Assert.True(scanned.Count >= 25, $"only {scanned.Count} pages answered 200 with HTML");
        foreach (var (_, client) in clients)
        {
            client.Dispose();
        }
    }

    /// <summary>
    /// The route scan sees only the markup the demo data renders (a cancel button exists only for a running instance);
    /// the Razor sources hold every branch.
    /// </summary>
    [Fact]
    public void No_razor_page_holds_an_inline_script_or_event_handler()
    {
        var pages = Path.Combine(RepositoryRoot(), "src", "Kim.Workflows.Web", "Pages");
        var files = Directory.GetFiles(pages, "*.cshtml", SearchOption.AllDirectories);
        Assert.True(files.Length >= 20, $"only {files.Length} Razor files under {pages}");
        var problems = files.SelectMany(f => MarkupProblems(File.ReadAllText(f)).Select(p => $"{Path.GetRelativePath(pages, f)}: {p}")).ToList();
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Theory]
    [InlineData("<script>alert(1)</script>", "inline <script>")]
    [InlineData("<script type=\"module\">x()</script>", "inline <script>")]
    [InlineData("<button type=\"submit\" onclick=\"return confirm('x')\">", "event handler attribute")]
    [InlineData("<form method=\"post\"\n  ONSUBMIT='x()'>", "event handler attribute")]
    [InlineData("<a href=\"javascript:void(0)\">", "javascript: URL")]
    public void The_markup_scan_finds_inline_script(string html, string expected) =>
        Assert.Contains(MarkupProblems(html), p => p.StartsWith(expected, StringComparison.Ordinal));

    [Theory]
    [InlineData("<script src=\"/dist/designer.js?v=1\" defer></script>")]
    [InlineData("<script type=\"application/json\" id=\"workflow-data\">{\"a\":1}</script>")]
    [InlineData("<p>Person online=ja</p><button data-confirm=\"Wirklich?\">")]
    public void The_markup_scan_accepts_external_scripts_and_json_data(string html) => Assert.Empty(MarkupProblems(html));

    private static IEnumerable<string> HeaderProblems(HttpResponseMessage response, string path, bool expectNoStore)
    {
        var csp = Header(response, "Content-Security-Policy");
        var expectedCsp = path.StartsWith(SecurityHeaders.ScalarPath, StringComparison.Ordinal) ? SecurityHeaders.ScalarContentSecurityPolicy : SecurityHeaders.ContentSecurityPolicy;
        if (csp != expectedCsp)
        {
            yield return $"Content-Security-Policy is '{csp}'";
        }

        var scriptSources = csp.Split(';', StringSplitOptions.TrimEntries).FirstOrDefault(d => d.StartsWith("script-src ", StringComparison.Ordinal)) ?? "";
        if (scriptSources.Length == 0 || csp.Contains("unsafe-eval", StringComparison.Ordinal)
            || (!path.StartsWith(SecurityHeaders.ScalarPath, StringComparison.Ordinal) && scriptSources != "script-src 'self'"))
        {
            yield return $"scripts may come from elsewhere, run inline or through eval: '{scriptSources}'";
        }

        if (Header(response, "X-Frame-Options") != "DENY" || !csp.Contains("frame-ancestors 'none'", StringComparison.Ordinal))
        {
            yield return "framing is not forbidden";
        }

        if (Header(response, "X-Content-Type-Options") != "nosniff")
        {
            yield return "X-Content-Type-Options missing";
        }

        if (Header(response, "Referrer-Policy") != "same-origin")
        {
            yield return "Referrer-Policy missing";
        }

        var cacheControl = response.Headers.CacheControl;
        if (expectNoStore && cacheControl?.NoStore != true)
        {
            yield return $"Cache-Control is '{cacheControl}', not no-store";
        }

        if (!expectNoStore && cacheControl?.NoStore == true)
        {
            yield return "a static file is no-store";
        }
    }

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values) ? string.Join(", ", values) : "";

    internal static IEnumerable<string> MarkupProblems(string html)
    {
        foreach (Match tag in ScriptTagPattern().Matches(html))
        {
            var attributes = tag.Groups[1].Value;
            if (!SrcAttributePattern().IsMatch(attributes) && !JsonTypePattern().IsMatch(attributes))
            {
                yield return $"inline <script>: {tag.Value}";
            }
        }

        foreach (Match handler in EventHandlerPattern().Matches(html))
        {
            yield return $"event handler attribute: {handler.Value[..Math.Min(120, handler.Value.Length)]}";
        }

        if (JavascriptUrlPattern().IsMatch(html))
        {
            yield return "javascript: URL";
        }
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Kim.Workflows.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Kim.Workflows.sln not found above " + AppContext.BaseDirectory);
    }

    private IEnumerable<string> GetRoutes() =>
        factory.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<IHttpMethodMetadata>() is not { } methods || methods.HttpMethods.Contains("GET"))
            .Select(e => "/" + (e.RoutePattern.RawText ?? "").TrimStart('/'))
            .Distinct()
            .Order(StringComparer.Ordinal);

    /// <summary>Real ids from the demo data, so pages answer with content rather than 404.</summary>
    private static async Task<Dictionary<string, string>> RouteValuesAsync(HttpClient caseManager, HttpClient admin)
    {
        var cases = await caseManager.GetStringAsync("/api/cases");
        var caseMatch = CasePattern().Match(cases);
        Assert.True(caseMatch.Success, "the demo data gives cm.ahlen a case: " + cases[..Math.Min(300, cases.Length)]);
        var tasks = await caseManager.GetStringAsync("/api/tasks");
        var instances = await admin.GetStringAsync("/monitor");
        return new Dictionary<string, string>
        {
            ["caseId"] = caseMatch.Groups[1].Value,
            ["caseNumber"] = caseMatch.Groups[2].Value,
            ["taskId"] = IdPattern().Match(tasks) is { Success: true } t ? t.Groups[1].Value : Missing.ToString(),
            ["instanceId"] = InstanceLinkPattern().Match(instances) is { Success: true } i ? i.Groups[1].Value : Missing.ToString(),
            ["key"] = "erstberatung",
        };
    }

    private static string Fill(string route, Dictionary<string, string> values) =>
        ParameterPattern().Replace(route, m =>
        {
            var name = m.Groups[1].Value;
            return name switch
            {
                _ when m.Value.StartsWith("{*", StringComparison.Ordinal) || m.Value.EndsWith("?}", StringComparison.Ordinal) => "",
                "taskId" => values["taskId"],
                "caseNumber" => values["caseNumber"],
                "id" when route.StartsWith("/faelle", StringComparison.Ordinal) || route.StartsWith("/api/cases", StringComparison.Ordinal) => values["caseId"],
                "id" when route.StartsWith("/monitor", StringComparison.Ordinal) || route.StartsWith("/api/instances", StringComparison.Ordinal) => values["instanceId"],
                "id" when route.StartsWith("/api/tasks", StringComparison.Ordinal) => values["taskId"],
                "key" when route.StartsWith("/faelle", StringComparison.Ordinal) => values["caseNumber"],
                "key" when route.StartsWith("/monitor", StringComparison.Ordinal) => "erstgespraech",
                "key" => values["key"],
                "version" => "latest",
                "table" => "phasen",
                "documentName" => "v1",
                _ => Missing.ToString(),
            };
        }).Replace("//", "/", StringComparison.Ordinal) is var path && path.Length > 1 ? path.TrimEnd('/') : path;

    [GeneratedRegex(@"<script\b([^>]*)>", RegexOptions.IgnoreCase)]
    private static partial Regex ScriptTagPattern();

    [GeneratedRegex(@"\ssrc\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex SrcAttributePattern();

    [GeneratedRegex(@"\stype\s*=\s*[""']?application/json", RegexOptions.IgnoreCase)]
    private static partial Regex JsonTypePattern();

    /// <summary>An <c>on…=</c> attribute inside a tag (not in text: the match must start at a tag's name).</summary>
    [GeneratedRegex(@"<[a-z][a-z0-9-]*\b(?:\s+[^\s>=]+(?:\s*=\s*(?:""[^""]*""|'[^']*'|[^\s>]+))?)*?\s+on[a-z]+\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex EventHandlerPattern();

    [GeneratedRegex(@"(?:href|src|action)\s*=\s*[""']?\s*javascript:", RegexOptions.IgnoreCase)]
    private static partial Regex JavascriptUrlPattern();

    [GeneratedRegex(@"(?:src|href)=""(/(?:dist|css|js)/[^""]+\?v=[^""]+)""")]
    private static partial Regex AssetPattern();

    [GeneratedRegex(@"""id"":""([0-9a-f-]{36})"",""caseNumber"":""([^""]+)""")]
    private static partial Regex CasePattern();

    [GeneratedRegex(@"""id"":""([0-9a-f-]{36})""")]
    private static partial Regex IdPattern();

    [GeneratedRegex(@"/monitor/instanzen/([0-9a-f-]{36})")]
    private static partial Regex InstanceLinkPattern();

    [GeneratedRegex(@"\{\*{0,2}([A-Za-z]+)[^}]*\}")]
    private static partial Regex ParameterPattern();
}
