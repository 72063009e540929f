using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Kim.Workflows.Web.Tests.Infrastructure;

namespace Kim.Workflows.Web.Tests.Api;

/// <summary>Bad input is a 4xx with German problem details, over real Kestrel: the business-key, variable, text and paging rules.</summary>
public sealed class BadInputApiTests(KestrelKimWebFactory factory) : IClassFixture<KestrelKimWebFactory>
{
    private static async Task<JsonElement> Json(HttpResponseMessage response) => JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

    private static StringContent RawJson(string json) => new(json, Encoding.UTF8, "application/json");

    private static async Task<string> FieldError(HttpResponseMessage response, string field)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.UnprocessableEntity, $"{(int)response.StatusCode}: {body}");
        var errors = JsonDocument.Parse(body).RootElement.GetProperty("errors");
        Assert.True(errors.TryGetProperty(field, out var messages), body);
        return messages[0].GetString()!;
    }

    public static TheoryData<string, string> BadBusinessKeys => new()
    {
        { "KIM-2026-\u202E0042", "Schreibrichtung (U+202E)" },
        { "KIM-2026-\u20660042", "Schreibrichtung (U+2066)" },
        { "KIM-2026-\u00070042", "Steuerzeichen (U+0007)" },
        { "KIM-2026-\n0042", "Steuerzeichen (U+000A)" },
        { new string('K', 256), "256 Zeichen; erlaubt sind höchstens 255" },
        { "   ", "leer" },
    };

    [Theory]
    [MemberData(nameof(BadBusinessKeys))]
    public async Task A_bad_business_key_refuses_the_start(string businessKey, string expected)
    {
        using var cm = await factory.SignedInAsync("cm.ahlen");

        var response = await cm.PostAsJsonAsync("/api/instances", new { processKey = "erstberatung", businessKey });

        Assert.Contains(expected, await FieldError(response, "businessKey"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bad_business_key_refuses_a_message_too()
    {
        using var cm = await factory.SignedInAsync("cm.ahlen");

        var response = await cm.PostAsJsonAsync("/api/messages", new { messageName = "Irgendwas", businessKey = "A\u202EB" });

        Assert.Contains("Schreibrichtung", await FieldError(response, "businessKey"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"processKey":"erstberatung","variables":{"betrag":1e400}}""", "variables.betrag", "außerhalb des darstellbaren Bereichs")]
    [InlineData("""{"processKey":"erstberatung","variables":{"betrag":-1e400}}""", "variables.betrag", "außerhalb des darstellbaren Bereichs")]
    [InlineData("""{"processKey":"erstberatung","variables":{"":1}}""", "variables.", "Ein Variablenname ist leer.")]
    [InlineData("""{"processKey":"erstberatung","variables":{"${x}":1}}""", "variables.${x}", "keinen Ausdruck")]
    [InlineData("""{"processKey":"erstberatung","variables":{"#{x}":1}}""", "variables.#{x}", "keinen Ausdruck")]
    [InlineData("""{"processKey":"erstberatung","variables":{"a\u202Eb":1}}""", "variables.a\u202Eb", "Schreibrichtung")]
    [InlineData("""{"processKey":"erstberatung","variables":{"name":"a\u0000b"}}""", "variables.name", "Steuerzeichen (U+0000)")]
    [InlineData("""{"processKey":"erst\u202Eberatung"}""", "processKey", "Schreibrichtung")]
    public async Task Bad_variables_and_names_refuse_the_start(string json, string field, string expected)
    {
        using var cm = await factory.SignedInAsync("cm.ahlen");

        var response = await cm.PostAsync("/api/instances", RawJson(json));

        Assert.Contains(expected, await FieldError(response, field), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_number_out_of_range_refuses_a_message_and_setting_variables()
    {
        using var admin = await factory.SignedInAsync("admin");

        var message = await admin.PostAsync("/api/messages", RawJson("""{"messageName":"Irgendwas","variables":{"n":1e400}}"""));
        var set = await admin.PutAsync($"/api/instances/{Guid.NewGuid()}/variables", RawJson("""{"n":1e400}"""));

        Assert.Contains("außerhalb", await FieldError(message, "variables.n"), StringComparison.Ordinal);
        Assert.Contains("außerhalb", await FieldError(set, "variables.n"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_variable_over_256_KB_is_a_422_naming_it()
    {
        using var cm = await factory.SignedInAsync("cm.ahlen");

        var response = await cm.PostAsJsonAsync("/api/instances", new { processKey = "erstberatung", variables = new { anlage = new string('x', 300 * 1024) } });

        Assert.Equal("Die Variable „anlage“ ist 301 KB groß; erlaubt sind höchstens 256 KB je Variable.", await FieldError(response, "variables.anlage"));
        Assert.Equal("Die Instanz wurde nicht gestartet.", (await Json(response)).GetProperty("title").GetString());
    }

    [Theory]
    [InlineData("/api/tasks?take=-1", "take")]
    [InlineData("/api/tasks?take=0", "take")]
    [InlineData("/api/tasks?take=501", "take")]
    [InlineData("/api/cases?page=-1", "page")]
    [InlineData("/api/cases?page=0", "page")]
    [InlineData("/api/cases?pageSize=-5", "pageSize")]
    [InlineData("/api/cases?pageSize=100000", "pageSize")]
    public async Task Paging_out_of_range_is_a_422(string url, string field)
    {
        using var cm = await factory.SignedInAsync("cm.ahlen");

        var response = await cm.GetAsync(url);

        Assert.NotEmpty(await FieldError(response, field));
    }

    [Fact]
    public async Task A_control_character_in_a_case_name_is_refused()
    {
        using var cm = await factory.SignedInAsync("cm.ahlen");

        var response = await cm.PostAsJsonAsync("/api/cases", new { givenName = "Erika", familyName = "Muster\u202Emann", municipality = "Ahlen" });

        Assert.Equal("Der Text enthält ein unsichtbares Steuerzeichen für die Schreibrichtung (U+202E).", await FieldError(response, "familyName"));
    }

    [Fact]
    public async Task A_bidi_override_in_an_api_key_name_is_refused()
    {
        using var admin = await factory.SignedInAsync("admin");

        var response = await admin.PostAsJsonAsync("/api/api-keys", new { name = "Schnittstelle\u202Etset", roles = new[] { "administration" } });

        // The key endpoint answers validation problems with 400 (as before); the rule is the same.
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Schreibrichtung", (await Json(response)).GetProperty("errors").GetProperty("name")[0].GetString(), StringComparison.Ordinal);
    }
}
