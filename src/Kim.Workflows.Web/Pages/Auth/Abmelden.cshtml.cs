using Kim.Workflows.Web.Auth;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace Kim.Workflows.Web.Pages.Auth;

/// <summary>Sign-out: a POST with antiforgery token (a GET link could be forged by another site).</summary>
[AllowAnonymous]
public sealed class AbmeldenModel(SignInManager<KimIdentityUser> signIn, IOptions<KimAuthOptions> options) : PageModel
{
    public IActionResult OnGet() => User.Identity?.IsAuthenticated == true ? Page() : Redirect("/anmelden");

    public async Task<IActionResult> OnPostAsync()
    {
        await signIn.SignOutAsync();
        if (options.Value.Oidc.Enabled && User.Identity?.AuthenticationType is { } type && type != IdentityConstants.ApplicationScheme)
        {
            return SignOut(new AuthenticationProperties { RedirectUri = "/anmelden" }, AuthRegistration.OidcScheme);
        }

        return Redirect("/anmelden");
    }
}
