using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Kim.Workflows.Web.Tests.Infrastructure;

namespace Kim.Workflows.Web.Tests.Definitions;

public sealed class DefinitionsApiTests(KimWebFactory factory) : IClassFixture<KimWebFactory>
{
    private readonly HttpClient _client = factory.CreateApiClient();

    private static StringContent Xml(string xml) => new(xml, Encoding.UTF8, "application/xml");

    private static string Scenario => KimWebFactory.ScenarioXml("erstberatung.bpmn");

    /// <summary>The scenario under another process key, so tests that change state do not meet.</summary>
    private static string ScenarioAs(string key, string? name = null) =>
        Scenario.Replace("id=\"erstberatung\"", $"id=\"{key}\"", StringComparison.Ordinal)
            .Replace("bpmnElement=\"erstberatung\"", $"bpmnElement=\"{key}\"", StringComparison.Ordinal)
            .Replace("Erstberatung (Test)", name ?? key, StringComparison.Ordinal);

    /// <summary>Removes the gateway's "ja" flow: the task behind it can no longer be reached.</summary>
    private static string Broken(string xml) =>
        xml.Replace("<bpmn:outgoing>Flow_Ja</bpmn:outgoing>", "", StringComparison.Ordinal)
            .Replace("<bpmn:incoming>Flow_Ja</bpmn:incoming>", "", StringComparison.Ordinal)
            .Replace(xml[xml.IndexOf("<bpmn:sequenceFlow id=\"Flow_Ja\"", StringComparison.Ordinal)..(xml.IndexOf("</bpmn:sequenceFlow>", xml.IndexOf("id=\"Flow_Ja\"", StringComparison.Ordinal), StringComparison.Ordinal) + "</bpmn:sequenceFlow>".Length)], "", StringComparison.Ordinal);

    private static async Task<JsonElement> JsonOf(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

    [Fact]
    public async Task List_contains_the_seeded_workflow_as_published_version_1()
    {
        var list = await JsonOf(await _client.GetAsync("/api/definitions"));

        var seeded = list.EnumerateArray().Single(w => w.GetProperty("key").GetString() == "erstberatung");
        Assert.Equal("Erstberatung (Test)", seeded.GetProperty("name").GetString());
        Assert.Equal(1, seeded.GetProperty("latestVersion").GetInt32());
        var version = Assert.Single(seeded.GetProperty("versions").EnumerateArray());
        Assert.Equal("published", version.GetProperty("state").GetString());
        Assert.Equal("1", version.GetProperty("version").GetString());
    }

    [Fact]
    public async Task Xml_of_a_version_is_served_and_unknown_versions_are_404_problems()
    {
        var ok = await _client.GetAsync("/api/definitions/erstberatung/versions/1/xml");
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        Assert.Equal("application/xml", ok.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Task_Erstberatung", await ok.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var missing = await _client.GetAsync("/api/definitions/erstberatung/versions/9/xml");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal("application/problem+json", missing.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Validate_reports_valid_and_element_problems_in_german()
    {
        var valid = await JsonOf(await _client.PostAsync("/api/definitions/validate", Xml(Scenario)));
        Assert.True(valid.GetProperty("valid").GetBoolean());

        var broken = await JsonOf(await _client.PostAsync("/api/definitions/validate", Xml(Broken(Scenario))));
        Assert.False(broken.GetProperty("valid").GetBoolean());
        var problem = broken.GetProperty("problems").EnumerateArray().First(p => p.GetProperty("elementId").GetString() == "Task_Verweis");
        Assert.Equal("unreachable", problem.GetProperty("rule").GetString());
        Assert.Equal("error", problem.GetProperty("severity").GetString());
        Assert.Equal("Verweisberatung", problem.GetProperty("elementName").GetString());
        Assert.Contains("erreichbar", problem.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.True(problem.TryGetProperty("line", out _));
    }

    [Fact]
    public async Task Draft_is_saved_listed_and_served_even_when_not_yet_deployable()
    {
        var xml = Broken(ScenarioAs("draft-test", "Entwurfstest"));

        var response = await _client.PutAsync("/api/definitions/draft-test/draft", Xml(xml));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await JsonOf(response);
        Assert.False(body.GetProperty("valid").GetBoolean());
        Assert.NotEmpty(body.GetProperty("problems").EnumerateArray());
        var summary = await JsonOf(await _client.GetAsync("/api/definitions/draft-test"));
        Assert.Equal("Entwurfstest", summary.GetProperty("name").GetString());
        Assert.True(summary.GetProperty("hasDraft").GetBoolean());
        Assert.Equal(JsonValueKind.Null, summary.GetProperty("latestVersion").ValueKind);
        Assert.Equal("draft", summary.GetProperty("versions")[0].GetProperty("state").GetString());
        Assert.Equal(xml, await _client.GetStringAsync("/api/definitions/draft-test/versions/draft/xml"));
    }

    [Fact]
    public async Task Draft_that_is_not_xml_is_rejected_with_422_and_problems()
    {
        var response = await _client.PutAsync("/api/definitions/kaputt/draft", Xml("<bpmn:definitions kein xml"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await JsonOf(response);
        Assert.Equal(422, problem.GetProperty("status").GetInt32());
        Assert.Equal("invalid-xml", problem.GetProperty("problems")[0].GetProperty("rule").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync("/api/definitions/kaputt")).StatusCode);
    }

    [Fact]
    public async Task Publish_creates_the_next_version_and_unchanged_content_creates_nothing()
    {
        var v1 = ScenarioAs("publish-test", "Veröffentlichungstest");
        var first = await JsonOf(await _client.PostAsync("/api/definitions/publish-test/publish", Xml(v1)));
        Assert.Equal(1, first.GetProperty("version").GetInt32());
        Assert.True(first.GetProperty("created").GetBoolean());

        var v2 = v1.Replace("Verweisberatung", "Verweisberatung (neu)", StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await _client.PutAsync("/api/definitions/publish-test/draft", Xml(v2))).StatusCode);
        var second = await JsonOf(await _client.PostAsync("/api/definitions/publish-test/publish", content: null));
        Assert.Equal(2, second.GetProperty("version").GetInt32());
        Assert.True(second.GetProperty("created").GetBoolean());

        var again = await JsonOf(await _client.PostAsync("/api/definitions/publish-test/publish", Xml(v2)));
        Assert.False(again.GetProperty("created").GetBoolean());
        Assert.Equal(2, again.GetProperty("version").GetInt32());
        Assert.Contains("Keine Änderung", again.GetProperty("message").GetString(), StringComparison.Ordinal);

        var summary = await JsonOf(await _client.GetAsync("/api/definitions/publish-test"));
        Assert.Equal(2, summary.GetProperty("latestVersion").GetInt32());
        Assert.False(summary.GetProperty("hasDraft").GetBoolean());
        Assert.Contains("(neu)", await _client.GetStringAsync("/api/definitions/publish-test/versions/2/xml"), StringComparison.Ordinal);
        Assert.DoesNotContain("(neu)", await _client.GetStringAsync("/api/definitions/publish-test/versions/1/xml"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Publishing_an_invalid_definition_is_422_with_the_problems()
    {
        var response = await _client.PostAsync("/api/definitions/invalid-test/publish", Xml(Broken(ScenarioAs("invalid-test"))));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var problems = (await JsonOf(response)).GetProperty("problems").EnumerateArray().ToList();
        Assert.Contains(problems, p => p.GetProperty("elementId").GetString() == "Task_Verweis");
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync("/api/definitions/invalid-test")).StatusCode);
    }

    [Fact]
    public async Task Publishing_under_a_key_the_file_does_not_contain_is_422()
    {
        var response = await _client.PostAsync("/api/definitions/anderer-schluessel/publish", Xml(ScenarioAs("eigener-schluessel")));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("key-mismatch", (await JsonOf(response)).GetProperty("problems")[0].GetProperty("rule").GetString());
    }

    [Fact]
    public async Task Publishing_without_body_or_draft_is_404()
    {
        var response = await _client.PostAsync("/api/definitions/gibt-es-nicht/publish", content: null);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData("/api/definitions/validate", "POST")]
    [InlineData("/api/definitions/gross/draft", "PUT")]
    [InlineData("/api/definitions/gross/publish", "POST")]
    public async Task Bodies_over_10_MB_are_rejected_with_413(string url, string method)
    {
        var big = new string(' ', 10 * 1024 * 1024) + "<x/>";
        using var request = new HttpRequestMessage(new HttpMethod(method), url) { Content = Xml(big) };

        var response = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal(413, (await JsonOf(response)).GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task State_changing_calls_need_the_same_origin_header_and_the_antiforgery_token()
    {
        using var anonymous = factory.CreateClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsync("/api/definitions/validate", Xml(Scenario))).StatusCode);

        using var plain = await factory.SignedInAsync("prozess", apiHeaders: false);
        var response = await plain.PostAsync("/api/definitions/validate", Xml(Scenario));
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);

        plain.DefaultRequestHeaders.Add("X-Requested-With", "XMLHttpRequest");
        var noToken = await plain.PostAsync("/api/definitions/validate", Xml(Scenario));
        Assert.Equal(HttpStatusCode.Forbidden, noToken.StatusCode);
        Assert.Contains("Antiforgery", await noToken.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var crossSite = new HttpRequestMessage(HttpMethod.Put, "/api/definitions/fremd/draft") { Content = Xml(Scenario) };
        crossSite.Headers.Add("Origin", "https://boese.example");
        Assert.Equal(HttpStatusCode.Forbidden, (await _client.SendAsync(crossSite)).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await plain.GetAsync("/api/definitions")).StatusCode);
    }

    [Fact]
    public async Task OpenApi_document_lists_the_definitions_routes()
    {
        var document = await _client.GetStringAsync("/openapi/v1.json");

        Assert.Contains("/api/definitions/{key}/publish", document, StringComparison.Ordinal);
        Assert.Contains("PublishDefinition", document, StringComparison.Ordinal);
    }
}
