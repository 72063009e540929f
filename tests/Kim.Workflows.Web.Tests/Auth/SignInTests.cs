using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Kim.Workflows.Web.Auth;
using Kim.Workflows.Web.Auth.ApiKeys;
using Kim.Workflows.Web.Auth.Persistence;
using Kim.Workflows.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kim.Workflows.Web.Tests.Auth;

public sealed class SignInTests(KimWebFactory factory) : IClassFixture<KimWebFactory>
{
    [Fact]
    public async Task Pages_redirect_anonymous_users_to_the_sign_in_page_and_the_api_answers_401()
    {
        using var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var page = await client.GetAsync("/designer/erstberatung");
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.StartsWith("http://localhost/anmelden?ReturnUrl=", page.Headers.Location!.ToString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/definitions")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/anmelden")).StatusCode);
    }

    [Fact]
    public async Task A_wrong_password_shows_a_german_message_and_signs_nobody_in()
    {
        using var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var form = await client.GetStringAsync("/anmelden");

        var response = await client.PostAsync("/anmelden", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["UserName"] = "cm.ahlen",
            ["Password"] = "falsch",
            ["__RequestVerificationToken"] = SignIn.FormToken(form),
        }));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Benutzername oder Passwort ist falsch.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/definitions")).StatusCode);
    }

    [Fact]
    public async Task The_sign_in_form_needs_its_antiforgery_token()
    {
        using var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var response = await client.PostAsync("/anmelden", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["UserName"] = "cm.ahlen",
            ["Password"] = SignIn.DemoPassword,
        }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task The_cookie_is_http_only_and_same_site_lax()
    {
        using var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var form = await client.GetStringAsync("/anmelden");
        var response = await client.PostAsync("/anmelden", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["UserName"] = "cm.ahlen",
            ["Password"] = SignIn.DemoPassword,
            ["__RequestVerificationToken"] = SignIn.FormToken(form),
        }));

        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(AuthRegistration.CookieName, StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Demo_users_are_seeded_with_their_role_and_the_case_manager_carries_the_district_group()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<KimIdentityDbContext>();
        Assert.Equal(14, await db.Users.CountAsync());

        using var client = await factory.SignedInAsync("cm.ahlen");
        var page = await client.GetStringAsync("/abmelden");
        Assert.Contains("Clara Beispiel", page, StringComparison.Ordinal);
        Assert.Contains("(Fallmanagement)", page, StringComparison.Ordinal);

        var principal = await SignInPrincipalAsync("cm.ahlen");
        Assert.Contains("cm-ahlen", principal.Groups());
        Assert.True(principal.IsInRole(KimRoles.Fallmanagement));
        var lead = await SignInPrincipalAsync("koord.leitung");
        Assert.Contains("koordination-kreis", lead.Groups());
        Assert.True(lead.IsKreisWide());
    }

    [Fact]
    public async Task Sign_out_ends_the_session()
    {
        using var client = await factory.SignedInAsync("admin", apiHeaders: false);
        var page = await client.GetStringAsync("/abmelden");
        var response = await client.PostAsync("/abmelden", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = SignIn.FormToken(page) }));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/admin/api-schluessel")).StatusCode);
    }

    [Fact]
    public async Task Api_keys_are_stored_hashed_act_with_their_roles_and_stop_when_revoked()
    {
        using var admin = await factory.SignedInAsync("admin");
        var created = await admin.PostAsJsonAsync("/api/api-keys", new { name = "Fachverfahren", roles = new[] { "Prozessverantwortliche" } });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var body = JsonDocument.Parse(await created.Content.ReadAsStringAsync()).RootElement;
        var secret = body.GetProperty("secret").GetString()!;
        var id = body.GetProperty("key").GetProperty("id").GetGuid();
        Assert.StartsWith("kim_", secret, StringComparison.Ordinal);

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var row = await scope.ServiceProvider.GetRequiredService<KimIdentityDbContext>().ApiKeys.SingleAsync(k => k.Id == id);
            Assert.Equal(ApiKeyService.Hash(secret), row.Hash);
            Assert.DoesNotContain(secret[12..], row.Hash + row.Prefix + row.Name, StringComparison.Ordinal);
        }

        using var machine = factory.CreateClient();
        machine.DefaultRequestHeaders.Add(ApiKeyService.HeaderName, secret);
        Assert.Equal(HttpStatusCode.OK, (await machine.GetAsync("/api/definitions")).StatusCode);
        // No same-origin header, no antiforgery token: an API key is no ambient credential.
        Assert.Equal(HttpStatusCode.OK, (await machine.PostAsync("/api/definitions/validate", new StringContent(KimWebFactory.ScenarioXml("erstberatung.bpmn"), System.Text.Encoding.UTF8, "application/xml"))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await machine.GetAsync("/api/api-keys")).StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"/api/api-keys/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await machine.GetAsync("/api/definitions")).StatusCode);
    }

    [Fact]
    public async Task Creating_an_api_key_with_an_unknown_role_gives_field_errors()
    {
        using var admin = await factory.SignedInAsync("admin");
        var response = await admin.PostAsJsonAsync("/api/api-keys", new { name = "", roles = new[] { "Superuser" } });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("errors");
        Assert.Contains("Superuser", errors.GetProperty("roles")[0].GetString(), StringComparison.Ordinal);
        Assert.True(errors.TryGetProperty("name", out _));
    }

    private async Task<System.Security.Claims.ClaimsPrincipal> SignInPrincipalAsync(string userName)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<KimIdentityUser>>();
        var factoryService = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.IUserClaimsPrincipalFactory<KimIdentityUser>>();
        return await factoryService.CreateAsync((await users.FindByNameAsync(userName))!);
    }
}
