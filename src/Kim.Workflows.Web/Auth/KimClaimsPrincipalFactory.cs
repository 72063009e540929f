using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Kim.Workflows.Web.Auth;

/// <summary>Adds display name, districts and the candidate groups (from the domain's <c>KimUser</c>) to a database login.</summary>
internal sealed class KimClaimsPrincipalFactory(
    UserManager<KimIdentityUser> users, RoleManager<IdentityRole> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<KimIdentityUser, IdentityRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(KimIdentityUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        var roleNames = identity.FindAll(Options.ClaimsIdentity.RoleClaimType).Select(c => c.Value).ToList();
        KimPrincipal.AddKimClaims(identity, user.DisplayName, roleNames, user.DistrictIds, user.KreisWide);
        return identity;
    }
}
