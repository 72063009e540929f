using Kim.Workflows.Web.Auth;
using Kim.Workflows.Web.Auth.ApiKeys;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kim.Workflows.Web.Pages.Auth;

/// <summary>Administrators create and revoke API keys; a new key is shown once.</summary>
[Authorize(Policy = KimPolicies.Administration)]
public sealed class ApiSchluesselModel(ApiKeyService keys) : PageModel
{
    public IReadOnlyList<ApiKeyRecord> Keys { get; private set; } = [];

    [BindProperty]
    public string? Name { get; set; }

    [BindProperty]
    public List<string> Roles { get; set; } = [];

    [BindProperty]
    public string? Groups { get; set; }

    public string? NewKey { get; private set; }

    public string? Error { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => Keys = await keys.ListAsync(ct);

    public async Task<IActionResult> OnPostCreateAsync(CancellationToken ct)
    {
        var roles = Roles.Select(KimRoles.Normalize).OfType<string>().ToList();
        if (string.IsNullOrWhiteSpace(Name) || roles.Count == 0)
        {
            Error = "Bitte geben Sie einen Namen an und wählen Sie mindestens eine Rolle.";
        }
        else
        {
            var groups = (Groups ?? "").Split([',', ' ', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            (_, NewKey) = await keys.CreateAsync(Name, roles, groups, User.UserId(), ct);
        }

        Keys = await keys.ListAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeAsync(Guid id, CancellationToken ct)
    {
        await keys.RevokeAsync(id, ct);
        return RedirectToPage();
    }
}
