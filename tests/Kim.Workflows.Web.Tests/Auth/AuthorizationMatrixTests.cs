using System.Net;
using System.Text;
using Kim.Workflows.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Kim.Workflows.Web.Tests.Auth;

/// <summary>
/// Every role × every page and endpoint: allowed, or denied as designed (pages: redirect to the sign-in page for
/// anonymous users, to "Kein Zugriff" for other roles; API: 401 / 403). The server decides, whatever the navigation shows.
/// </summary>
public sealed class AuthorizationMatrixTests(KimWebFactory factory) : IClassFixture<KimWebFactory>
{
    private const string Anonymous = "(anonym)";
    private const string Fm = "cm.ahlen", Ko = "koord.sued", Abh = "abh.bleiberecht", Ebh = "ebh.einbuergerung", Pv = "prozess", Adm = "admin";
    private static readonly string[] Staff = [Fm, Ko, Abh, Ebh, Pv, Adm];
    private static readonly string[] CaseWork = [Fm, Ko, Abh, Ebh, Adm];

    private sealed record Row(string Method, string Path, string[] Allowed, string? Body = null, bool IsPage = false, string? DeniedRedirect = null);

    private static readonly Guid Missing = Guid.Parse("00000000-0000-0000-0000-00000000abcd");

    private static readonly Row[] Rows =
    [
        new("GET", "/", [Pv, Adm], IsPage: true, DeniedRedirect: "/aufgaben"),
        new("GET", "/designer/erstberatung", [Pv, Adm], IsPage: true),
        new("GET", "/hilfe/designer", [Pv, Adm], IsPage: true),
        new("GET", "/aufgaben", Staff, IsPage: true),
        new("GET", "/aufgaben?ansicht=gruppe", Staff, IsPage: true),
        new("GET", "/aufgaben?ansicht=alle", [Ko, Adm], IsPage: true),
        new("GET", "/monitor", [Adm], IsPage: true),
        new("GET", "/monitor/workflows/erstgespraech", [Adm], IsPage: true),
        new("GET", $"/monitor/instanzen/{Missing}", [Adm], IsPage: true),
        new("GET", "/admin/api-schluessel", [Adm], IsPage: true),
        new("GET", "/hangfire", [Adm], IsPage: true),
        new("GET", "/api/definitions", [Pv, Adm]),
        new("GET", "/api/definitions/erstberatung/versions/latest/xml", [Pv, Adm]),
        new("PUT", "/api/definitions/matrix/draft", [Pv], "<x/>"),
        new("POST", "/api/definitions/matrix/publish", [Pv], "<x/>"),
        new("GET", "/api/tasks", Staff),
        new("GET", "/api/tasks?view=all", [Ko, Adm]),
        new("GET", $"/api/tasks/{Missing}", Staff),
        new("POST", "/api/instances", CaseWork, "{}"),
        new("GET", $"/api/instances/{Missing}", [Adm]),
        new("POST", $"/api/instances/{Missing}/cancel", [Adm]),
        new("POST", $"/api/instances/{Missing}/migrate", [Adm], "{}"),
        new("GET", $"/api/instances/{Missing}/variables", [Adm]),
        new("PUT", $"/api/instances/{Missing}/variables", [Adm], "{}"),
        new("POST", "/api/messages", CaseWork, "{}"),
        new("GET", "/api/incidents", [Adm]),
        new("POST", $"/api/incidents/{Missing}/retry", [Adm]),
        new("GET", "/api/deliveries", [Adm]),
        new("POST", "/api/admin/backup", [Adm]),
        new("POST", "/api/deliveries/user-task-created:missing/retry", [Adm]),
        new("GET", "/api/api-keys", [Adm]),
        new("POST", "/api/cases", [Fm], "{}"),
        new("GET", "/api/cases", [Fm]),
        new("GET", "/openapi/v1.json", Staff),
    ];

    public static TheoryData<string> Users => [Anonymous, Fm, Ko, Abh, Ebh, Pv, Adm];

    [Theory]
    [MemberData(nameof(Users))]
    public async Task Every_page_and_endpoint_answers_as_designed_for(string user)
    {
        using var client = user == Anonymous
            ? factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false })
            : await factory.SignedInAsync(user);
        if (user == Anonymous)
        {
            client.DefaultRequestHeaders.Add("X-Requested-With", "XMLHttpRequest");
        }

        var failures = new List<string>();
        foreach (var row in Rows)
        {
            using var request = new HttpRequestMessage(new HttpMethod(row.Method), row.Path);
            if (row.Body is not null)
            {
                request.Content = new StringContent(row.Body, Encoding.UTF8, row.Body.StartsWith('<') ? "application/xml" : "application/json");
            }

            using var response = await client.SendAsync(request);
            var status = (int)response.StatusCode;
            var location = response.Headers.Location?.ToString() ?? "";
            var allowed = row.Allowed.Contains(user);
            string? problem = (allowed, user == Anonymous, row.IsPage) switch
            {
                (true, _, _) when status is 401 or 403 || location.Contains("/anmelden", StringComparison.Ordinal) || location.Contains("/zugriff-verweigert", StringComparison.Ordinal)
                    => $"expected access, got {status} {location}",
                (true, _, _) when status >= 500 => $"server error {status}",
                (false, true, true) when !(status == 302 && location.Contains("/anmelden", StringComparison.Ordinal)) => $"expected redirect to sign-in, got {status} {location}",
                (false, true, false) when status != 401 => $"expected 401, got {status}",
                (false, false, true) when !(status is 302 or 403 && (status == 403 || location.Contains(row.DeniedRedirect ?? "/zugriff-verweigert", StringComparison.Ordinal))) => $"expected denial, got {status} {location}",
                (false, false, false) when status != 403 => $"expected 403, got {status}",
                _ => null,
            };
            if (problem is not null)
            {
                failures.Add($"{row.Method} {row.Path}: {problem}");
            }
        }

        Assert.True(failures.Count == 0, $"{user}:\n" + string.Join("\n", failures));
    }

    [Fact]
    public async Task Health_is_public_and_reports_database_and_hangfire()
    {
        using var client = factory.CreateClient();
        var response = await client.GetAsync("/health");
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("\"datenbank\"", body, StringComparison.Ordinal);
        Assert.Contains("\"hangfire\"", body, StringComparison.Ordinal);
        Assert.Contains("\"status\":\"Healthy\"", body, StringComparison.Ordinal);
    }
}
