using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace Kim.Workflows.Web.Auth.ApiKeys;

/// <summary>Authenticates machine clients by the <c>X-Api-Key</c> header; the principal has the key's roles and groups.</summary>
internal sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, ApiKeyService keys)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var key = Request.Headers[ApiKeyService.HeaderName].ToString();
        if (string.IsNullOrEmpty(key))
        {
            return AuthenticateResult.NoResult();
        }

        var record = await keys.FindActiveAsync(key, Context.RequestAborted);
        if (record is null)
        {
            return AuthenticateResult.Fail("Unbekannter oder widerrufener API-Schlüssel.");
        }

        var identity = new ClaimsIdentity(SchemeName, ClaimTypes.Name, ClaimTypes.Role);
        identity.AddClaim(new Claim(ClaimTypes.Name, $"api:{record.Name}"));
        identity.AddClaim(new Claim(KimClaimTypes.ApiKeyId, record.Id.ToString()));
        identity.AddClaim(new Claim(KimClaimTypes.DisplayName, $"API-Schlüssel „{record.Name}“"));
        foreach (var role in record.RoleList)
        {
            identity.AddClaim(new Claim(ClaimTypes.Role, role));
        }

        foreach (var group in record.GroupList)
        {
            identity.AddClaim(new Claim(KimClaimTypes.Group, group));
        }

        // A key has no person behind it: its districts come from its groups (cm-sued → Südkreis), so the case-access
        // rules treat it like a member of that team who is never the responsible case manager.
        var (districts, kreisWide) = CandidateGroups.DistrictsOf(record.RoleList, record.GroupList);
        foreach (var district in districts)
        {
            identity.AddClaim(new Claim(KimClaimTypes.District, district));
        }

        if (kreisWide)
        {
            identity.AddClaim(new Claim(KimClaimTypes.KreisWide, "true"));
        }

        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        return Task.CompletedTask;
    }
}
