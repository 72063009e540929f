using Kim.Workflows.Web.Auth;
using Kim.Workflows.Web.Definitions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kim.Workflows.Web.Pages;

/// <summary>The workflow list (server-rendered); "Neu" and "Importieren" run in workflows.js.</summary>
public sealed class IndexModel(IDefinitionCatalog catalog, IAuthorizationService authorization) : PageModel
{
    public IReadOnlyList<WorkflowSummary> Workflows { get; private set; } = [];

    /// <summary>Process owners and administrators see the workflows; everyone else starts in the task inbox.</summary>
    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!(await authorization.AuthorizeAsync(User, KimPolicies.DefinitionsRead)).Succeeded)
        {
            return Redirect("/aufgaben");
        }

        Workflows = await catalog.ListAsync(cancellationToken);
        return Page();
    }

    public static string StateText(WorkflowSummary w) => (w.LatestVersion, w.HasDraft) switch
    {
        (null, _) => "Entwurf (nicht veröffentlicht)",
        (_, true) => "Veröffentlicht, Entwurf vorhanden",
        _ => "Veröffentlicht",
    };
}
