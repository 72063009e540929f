using System.ComponentModel.DataAnnotations;
using Kim.Workflows.Web.Auth;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace Kim.Workflows.Web.Pages.Auth;

/// <summary>Sign-in with user name and password (Identity), or with the organisation's account (OIDC) when configured.</summary>
[AllowAnonymous]
public sealed class AnmeldenModel(SignInManager<KimIdentityUser> signIn, IOptions<KimAuthOptions> options, ILogger<AnmeldenModel> logger) : PageModel
{
    [BindProperty]
    [Required(ErrorMessage = "Bitte geben Sie Ihren Benutzernamen ein.")]
    [Display(Name = "Benutzername")]
    public string UserName { get; set; } = "";

    [BindProperty]
    [Required(ErrorMessage = "Bitte geben Sie Ihr Passwort ein.")]
    [DataType(DataType.Password)]
    [Display(Name = "Passwort")]
    public string Password { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string? Error { get; private set; }

    public KimOidcOptions Oidc => options.Value.Oidc;

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await signIn.PasswordSignInAsync(UserName.Trim(), Password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            return LocalRedirect(SafeReturnUrl());
        }

        // The user name is not logged: it may be a mistyped password.
        logger.LogInformation("Sign-in failed (locked out: {LockedOut}).", result.IsLockedOut);
        Error = result.IsLockedOut
            ? "Das Konto ist nach mehreren Fehlversuchen für einige Minuten gesperrt."
            : "Benutzername oder Passwort ist falsch.";
        return Page();
    }

    public IActionResult OnPostOidc() =>
        Oidc.Enabled
            ? Challenge(new AuthenticationProperties { RedirectUri = SafeReturnUrl() }, AuthRegistration.OidcScheme)
            : NotFound();

    private string SafeReturnUrl() => !string.IsNullOrEmpty(ReturnUrl) && Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/";
}
