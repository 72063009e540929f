using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Kim.Workflows.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Kim.Workflows.Web.Tests.Api;

/// <summary>
/// Failures are answers, over real Kestrel: a step that cannot run is a German 422 naming it with nothing saved;
/// a script that fails after the next wait state lets the completion commit and shows up as an incident.
/// </summary>
public sealed class FailureAnswersApiTests(KestrelKimWebFactory factory) : IClassFixture<KestrelKimWebFactory>
{
    private static async Task<JsonElement> Json(HttpResponseMessage response) => JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

    private async Task<(HttpClient Client, Guid Instance, Guid Task)> StartWithTaskAsync(string processKey, string businessKey)
    {
        await FailureProcesses.DeployAsync(factory.Services);
        var cm = await factory.SignedInAsync("cm.ahlen");
        var started = await cm.PostAsJsonAsync("/api/instances", new { processKey, businessKey });
        Assert.True(started.StatusCode == HttpStatusCode.Created, await started.Content.ReadAsStringAsync());
        var instance = (await Json(started)).GetProperty("id").GetGuid();
        var page = await cm.GetFromJsonAsync<JsonElement>("/api/tasks?view=group&take=500");
        var task = page.GetProperty("items").EnumerateArray().First(t => t.GetProperty("instanceId").GetGuid() == instance).GetProperty("id").GetGuid();
        return (cm, instance, task);
    }

    [Fact]
    public async Task Completing_a_task_whose_next_step_misses_a_variable_is_a_German_422_and_the_task_stays_open()
    {
        var (cm, _, task) = await StartWithTaskAsync("betragPruefen", "FAIL-0001");
        using var client = cm;

        // The form sends an empty Betrag (null): neither condition of the gateway after the task holds.
        var refused = await cm.PostAsJsonAsync($"/api/tasks/{task}/complete", new { values = new { } });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var problem = await Json(refused);
        Assert.Equal("Die Aufgabe wurde nicht abgeschlossen.", problem.GetProperty("title").GetString());
        Assert.Equal("Der Schritt „hoch (Betrag hoch?)“ kann nicht ausgeführt werden: Keiner der ausgehenden Wege von „hoch (Betrag hoch?)“ hat eine erfüllte Bedingung, "
            + "und es gibt keinen Standardweg. Ihre Eingaben wurden nicht gespeichert.", problem.GetProperty("detail").GetString());
        Assert.Equal("open", (await cm.GetFromJsonAsync<JsonElement>($"/api/tasks/{task}")).GetProperty("state").GetString());

        var done = await cm.PostAsJsonAsync($"/api/tasks/{task}/complete", new { values = new { betrag = 150 } });
        Assert.Equal(HttpStatusCode.NoContent, done.StatusCode);
    }

    [Fact]
    public async Task The_task_page_shows_the_German_message_at_the_form_not_raw_JSON()
    {
        var (cm, _, task) = await StartWithTaskAsync("betragPruefen", "FAIL-0002");
        using var client = cm;
        var form = await cm.GetStringAsync($"/aufgaben/{task}");

        using var request = new HttpRequestMessage(HttpMethod.Post, $"/aufgaben/{task}?handler=Complete")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = SignIn.FormToken(form), ["feld_betrag"] = "" }),
        };
        request.Headers.Accept.ParseAdd("text/html");
        var shown = await cm.SendAsync(request);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, shown.StatusCode);
        Assert.StartsWith("text/html", shown.Content.Headers.ContentType?.MediaType, StringComparison.Ordinal);
        var html = WebUtility.HtmlDecode(await shown.Content.ReadAsStringAsync());
        Assert.Contains("id=\"form-error\">Der Schritt „hoch (Betrag hoch?)“ kann nicht ausgeführt werden: Keiner der ausgehenden Wege", html, StringComparison.Ordinal);
        Assert.Contains("Ihre Eingaben wurden nicht gespeichert.", html, StringComparison.Ordinal);
        Assert.DoesNotContain("An error occurred", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_failing_script_after_the_task_lets_the_completion_commit_and_raises_an_incident()
    {
        var (cm, instance, task) = await StartWithTaskAsync("skriptFehler", "FAIL-0003");
        using var client = cm;

        var completed = await cm.PostAsJsonAsync($"/api/tasks/{task}/complete", new { values = new { } });

        Assert.Equal(HttpStatusCode.NoContent, completed.StatusCode);
        Assert.Equal("completed", (await cm.GetFromJsonAsync<JsonElement>($"/api/tasks/{task}")).GetProperty("state").GetString());
        using var admin = await factory.SignedInAsync("admin");
        var incidents = await admin.GetFromJsonAsync<JsonElement>("/api/incidents");
        var incident = incidents.EnumerateArray().Single(i => i.GetProperty("instanceId").GetGuid() == instance);
        Assert.Equal("rechnen", incident.GetProperty("elementId").GetString());
        Assert.StartsWith("Das Skript von „rechnen (Summe berechnen)“ ist fehlgeschlagen", incident.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Starting_an_instance_whose_first_step_misses_a_variable_is_a_422_and_starts_nothing()
    {
        await FailureProcesses.DeployAsync(factory.Services);
        using var cm = await factory.SignedInAsync("cm.ahlen");

        var refused = await cm.PostAsJsonAsync("/api/instances", new { processKey = "wegWaehlen", businessKey = "FAIL-0004" });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var problem = await Json(refused);
        Assert.Equal("Die Instanz wurde nicht gestartet.", problem.GetProperty("title").GetString());
        Assert.Contains("„weg (Welcher Weg?)“", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal("art", problem.GetProperty("missingVariable").GetString());
        var tasks = await cm.GetFromJsonAsync<JsonElement>("/api/tasks?view=group&take=500");
        Assert.DoesNotContain(tasks.GetProperty("items").EnumerateArray(), t => t.GetProperty("businessKey").GetString() == "FAIL-0004");
    }

    [Fact]
    public async Task Correlating_a_message_whose_next_step_misses_a_variable_is_a_422_and_the_instance_still_waits()
    {
        await FailureProcesses.DeployAsync(factory.Services);
        using var cm = await factory.SignedInAsync("cm.ahlen");
        Assert.Equal(HttpStatusCode.Created, (await cm.PostAsJsonAsync("/api/instances", new { processKey = "bescheidAbwarten", businessKey = "FAIL-0005" })).StatusCode);

        var refused = await cm.PostAsJsonAsync("/api/messages", new { messageName = "Bescheid_Eingegangen", businessKey = "FAIL-0005" });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var problem = await Json(refused);
        Assert.Equal("ergebnis", problem.GetProperty("missingVariable").GetString());
        Assert.Contains("Bescheid positiv?", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        var delivered = await cm.PostAsJsonAsync("/api/messages", new { messageName = "Bescheid_Eingegangen", businessKey = "FAIL-0005", variables = new { ergebnis = "positiv" } });
        Assert.Equal(HttpStatusCode.OK, delivered.StatusCode);
    }

    [Fact]
    public async Task A_browser_gets_a_German_HTML_page_for_an_error_and_an_API_client_a_German_title()
    {
        using var cm = await factory.SignedInAsync("cm.ahlen", apiHeaders: false);
        using var page = new HttpRequestMessage(HttpMethod.Get, "/gibt-es-nicht");
        page.Headers.Accept.ParseAdd("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");

        var html = await cm.SendAsync(page);

        Assert.Equal(HttpStatusCode.NotFound, html.StatusCode);
        Assert.Equal("text/html", html.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<h1>Nicht gefunden</h1>", await html.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var api = await factory.SignedInAsync("cm.ahlen");
        var missing = await api.GetAsync("/api/tasks/not-a-guid/x");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal("Nicht gefunden", (await Json(missing)).GetProperty("title").GetString());
    }

    [Fact]
    public async Task An_unhandled_exception_is_described_in_German()
    {
        var problems = factory.Services.GetRequiredService<Microsoft.AspNetCore.Http.IProblemDetailsService>();
        var http = new Microsoft.AspNetCore.Http.DefaultHttpContext { RequestServices = factory.Services };
        http.Request.Path = "/api/tasks";
        http.Request.Headers.Accept = "application/json";
        http.Response.StatusCode = 500;
        http.Response.Body = new MemoryStream();

        await problems.WriteAsync(new Microsoft.AspNetCore.Http.ProblemDetailsContext
        {
            HttpContext = http,
            Exception = new InvalidOperationException("boom"),
            ProblemDetails = new Microsoft.AspNetCore.Mvc.ProblemDetails { Status = 500 },
        });

        http.Response.Body.Position = 0;
        var problem = JsonDocument.Parse(http.Response.Body).RootElement;
        Assert.Equal("Interner Fehler", problem.GetProperty("title").GetString());
        Assert.Contains("nichts gespeichert", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }
}
