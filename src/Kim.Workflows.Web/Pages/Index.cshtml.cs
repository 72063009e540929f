using Kim.Workflows.Web.Definitions;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kim.Workflows.Web.Pages;

/// <summary>The workflow list (server-rendered); "Neu" and "Importieren" run in workflows.js.</summary>
public sealed class IndexModel(IDefinitionCatalog catalog) : PageModel
{
    public IReadOnlyList<WorkflowSummary> Workflows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => Workflows = await catalog.ListAsync(cancellationToken);

    public static string StateText(WorkflowSummary w) => (w.LatestVersion, w.HasDraft) switch
    {
        (null, _) => "Entwurf (nicht veröffentlicht)",
        (_, true) => "Veröffentlicht, Entwurf vorhanden",
        _ => "Veröffentlicht",
    };
}
