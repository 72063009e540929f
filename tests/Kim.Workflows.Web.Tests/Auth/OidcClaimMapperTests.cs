using System.Security.Claims;
using Kim.Workflows.Web.Auth;

namespace Kim.Workflows.Web.Tests.Auth;

public sealed class OidcClaimMapperTests
{
    [Fact]
    public void Roles_groups_and_districts_of_a_token_become_kim_claims_and_unknown_roles_are_dropped()
    {
        var external = new ClaimsPrincipal(new ClaimsIdentity(
        [
            new Claim("sub", "4711"),
            new Claim("preferred_username", "m.mustermann"),
            new Claim("name", "Maria Mustermann"),
            new Claim("roles", "Fallmanagement"),
            new Claim("roles", "superuser"),
            new Claim("groups", "/cm-beckum"),
            new Claim("kim_district", "ahlen"),
        ], "oidc"));

        var mapped = OidcClaimMapper.Map(external, new KimOidcOptions { Authority = "https://sso.example", ClientId = "kim" });

        Assert.Equal("m.mustermann", mapped.UserId());
        Assert.Equal("Maria Mustermann", mapped.DisplayName());
        Assert.True(mapped.IsInRole(KimRoles.Fallmanagement));
        Assert.Equal([KimRoles.Fallmanagement], mapped.KimRoleNames());
        Assert.Contains("cm-beckum", mapped.Groups());
        Assert.Contains("cm-ahlen", mapped.Groups());
    }

    [Fact]
    public void The_domain_role_names_are_accepted_too()
    {
        Assert.Equal(KimRoles.Administration, KimRoles.Normalize("Administrator"));
        Assert.Equal(KimRoles.Prozessverantwortliche, KimRoles.Normalize("processowner"));
        Assert.Null(KimRoles.Normalize("root"));
    }
}
