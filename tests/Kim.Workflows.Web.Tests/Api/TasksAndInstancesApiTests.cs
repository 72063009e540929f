using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Kim.Workflows.Web.Tests.Infrastructure;

namespace Kim.Workflows.Web.Tests.Api;

/// <summary>The REST API over a real SQLite file: start, inbox, claim, complete with field errors, concurrent completion, messages, cancel.</summary>
public sealed class TasksAndInstancesApiTests(KimWebFactory factory) : IClassFixture<KimWebFactory>
{
    private static async Task<JsonElement> Json(HttpResponseMessage response) => JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

    private async Task<Guid> StartAsync(HttpClient client, string businessKey)
    {
        var response = await client.PostAsJsonAsync("/api/instances", new
        {
            processKey = "erstgespraech",
            businessKey,
            variables = new Dictionary<string, object?> { ["fallnummer"] = businessKey, ["faellig"] = "2030-01-31T12:00:00+01:00" },
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await Json(response)).GetProperty("id").GetGuid();
    }

    private static async Task<Guid> TaskOfAsync(HttpClient client, string view, Guid instanceId)
    {
        var page = await client.GetFromJsonAsync<JsonElement>($"/api/tasks?view={view}&take=500");
        return page.GetProperty("items").EnumerateArray().First(t => t.GetProperty("instanceId").GetGuid() == instanceId).GetProperty("id").GetGuid();
    }

    [Fact]
    public async Task A_case_manager_claims_and_completes_a_task_field_errors_come_back_as_422()
    {
        using var cm = await factory.SignedInAsync("cm.ahlen");
        var instance = await StartAsync(cm, "KIM-2026-0042");
        var taskId = await TaskOfAsync(cm, "group", instance);

        var task = await cm.GetFromJsonAsync<JsonElement>($"/api/tasks/{taskId}");
        Assert.Equal("Erstgespräch dokumentieren", task.GetProperty("name").GetString());
        Assert.Equal(6, task.GetProperty("formFields").GetArrayLength());

        Assert.Equal(HttpStatusCode.NoContent, (await cm.PostAsync($"/api/tasks/{taskId}/claim", null)).StatusCode);
        Assert.Contains((await cm.GetFromJsonAsync<JsonElement>("/api/tasks?view=mine")).GetProperty("items").EnumerateArray(), t => t.GetProperty("id").GetGuid() == taskId);

        var invalid = await cm.PostAsJsonAsync($"/api/tasks/{taskId}/complete", new { values = new { anliegen = "kurz", personen = "20", ergebnis = "" } });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, invalid.StatusCode);
        var errors = (await Json(invalid)).GetProperty("errors");
        Assert.Equal("„Anliegen“ braucht mindestens 5 Zeichen.", errors.GetProperty("anliegen")[0].GetString());
        Assert.Equal("„Personen im Haushalt“ darf höchstens 15 sein.", errors.GetProperty("personen")[0].GetString());
        Assert.Equal("„Ergebnis“ ist ein Pflichtfeld.", errors.GetProperty("ergebnis")[0].GetString());

        var ok = await cm.PostAsJsonAsync($"/api/tasks/{taskId}/complete", new { values = new { anliegen = "Sprachkurs und Arbeit", personen = 3, dolmetschung = true, naechsterTermin = "15.02.2030", ergebnis = "assessment" } });
        Assert.True(ok.StatusCode == HttpStatusCode.NoContent, await ok.Content.ReadAsStringAsync());

        using var admin = await factory.SignedInAsync("admin");
        var variables = await admin.GetFromJsonAsync<JsonElement>($"/api/instances/{instance}/variables");
        Assert.Equal(3, variables.GetProperty("personen").GetInt64());
        Assert.Equal("2030-02-15", variables.GetProperty("naechsterTermin").GetString());
        Assert.True(variables.GetProperty("dolmetschung").GetBoolean());
        var view = await admin.GetFromJsonAsync<JsonElement>($"/api/instances/{instance}");
        Assert.Equal("Task_Pruefen", view.GetProperty("activeElements")[0].GetString());

        // A second completion of the same task loses with 409.
        var again = await cm.PostAsJsonAsync($"/api/tasks/{taskId}/complete", new { values = new { anliegen = "Sprachkurs und Arbeit", ergebnis = "assessment" } });
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Contains("inzwischen", (await Json(again)).GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Concurrent_completions_have_exactly_one_winner()
    {
        using var cm = await factory.SignedInAsync("cm.ahlen");
        var instance = await StartAsync(cm, "KIM-2026-0043");
        var taskId = await TaskOfAsync(cm, "group", instance);
        Assert.Equal(HttpStatusCode.NoContent, (await cm.PostAsync($"/api/tasks/{taskId}/claim", null)).StatusCode);

        var body = new { values = new { anliegen = "Beratung zum Aufenthalt", ergebnis = "verweis" } };
        var results = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => cm.PostAsJsonAsync($"/api/tasks/{taskId}/complete", body)));

        Assert.Equal(1, results.Count(r => r.StatusCode == HttpStatusCode.NoContent));
        Assert.All(results.Where(r => r.StatusCode != HttpStatusCode.NoContent), r => Assert.Equal(HttpStatusCode.Conflict, r.StatusCode));
    }

    [Fact]
    public async Task Other_districts_neither_see_nor_claim_the_task()
    {
        using var ahlen = await factory.SignedInAsync("cm.ahlen");
        var instance = await StartAsync(ahlen, "KIM-2026-0044");
        var taskId = await TaskOfAsync(ahlen, "group", instance);

        using var beckum = await factory.SignedInAsync("cm.beckum");
        Assert.DoesNotContain((await beckum.GetFromJsonAsync<JsonElement>("/api/tasks?view=group")).GetProperty("items").EnumerateArray(), t => t.GetProperty("id").GetGuid() == taskId);
        Assert.Equal(HttpStatusCode.NotFound, (await beckum.GetAsync($"/api/tasks/{taskId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await beckum.PostAsync($"/api/tasks/{taskId}/claim", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await beckum.GetAsync("/api/tasks?view=all")).StatusCode);

        using var lead = await factory.SignedInAsync("koord.leitung");
        Assert.Contains((await lead.GetFromJsonAsync<JsonElement>("/api/tasks?view=all&take=500")).GetProperty("items").EnumerateArray(), t => t.GetProperty("id").GetGuid() == taskId);
    }

    [Fact]
    public async Task Messages_that_match_nothing_give_404_with_a_clear_body_and_administrators_cancel_instances()
    {
        using var cm = await factory.SignedInAsync("cm.ahlen");
        var response = await cm.PostAsJsonAsync("/api/messages", new { messageName = "Antwort_ABH", businessKey = "KIM-2026-9999" });
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var body = await Json(response);
        Assert.Equal("noMatch", body.GetProperty("outcome").GetString());
        Assert.Contains("Antwort_ABH", body.GetProperty("detail").GetString(), StringComparison.Ordinal);

        var missing = await cm.PostAsJsonAsync("/api/messages", new { businessKey = "x" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, missing.StatusCode);
        Assert.True((await Json(missing)).GetProperty("errors").TryGetProperty("messageName", out _));

        var instance = await StartAsync(cm, "KIM-2026-0045");
        Assert.Equal(HttpStatusCode.Forbidden, (await cm.PostAsync($"/api/instances/{instance}/cancel", null)).StatusCode);
        using var admin = await factory.SignedInAsync("admin");
        Assert.Equal(HttpStatusCode.NoContent, (await admin.PostAsync($"/api/instances/{instance}/cancel", null)).StatusCode);
        Assert.Equal("cancelled", (await admin.GetFromJsonAsync<JsonElement>($"/api/instances/{instance}")).GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.Conflict, (await admin.PostAsync($"/api/instances/{instance}/cancel", null)).StatusCode);
    }

    [Fact]
    public async Task Administrators_change_variables_audited_in_the_journal_and_unknown_processes_give_404()
    {
        using var admin = await factory.SignedInAsync("admin");
        var instance = await StartAsync(admin, "KIM-2026-0046");
        Assert.Equal(HttpStatusCode.NoContent, (await admin.PutAsJsonAsync($"/api/instances/{instance}/variables", new { personen = 4 })).StatusCode);
        Assert.Equal(4, (await admin.GetFromJsonAsync<JsonElement>($"/api/instances/{instance}/variables")).GetProperty("personen").GetInt64());

        var unknown = await admin.PostAsJsonAsync("/api/instances", new { processKey = "gibt-es-nicht" });
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }
}
