using System.Text.Json;
using Kim.Workflows.Web.Auth;
using Kim.Workflows.Web.Definitions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace Kim.Workflows.Web.Pages;

/// <summary>The designer for one workflow; the page embeds the workflow summary so the script starts without a round trip.</summary>
[Authorize(Policy = KimPolicies.DefinitionsRead)]
public sealed class DesignerModel(
    IDefinitionCatalog catalog, IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions> json, Kim.Workflows.Notifications.Templates.TemplateCatalog templates) : PageModel
{
    public WorkflowSummary Workflow { get; private set; } = null!;

    /// <summary>The summary as JSON; the serializer escapes &lt;, &gt; and &amp;, so it is safe inside a script element.</summary>
    public string WorkflowJson { get; private set; } = "{}";

    /// <summary>Choices for the element templates (mail templates, groups), as JSON for the script.</summary>
    public string GuidanceJson { get; private set; } = "{}";

    public async Task<IActionResult> OnGetAsync(string key, CancellationToken cancellationToken)
    {
        if (await catalog.FindAsync(key, cancellationToken) is not { } workflow)
        {
            return NotFound();
        }

        Workflow = workflow;
        WorkflowJson = JsonSerializer.Serialize(workflow, json.Value.SerializerOptions);
        GuidanceJson = JsonSerializer.Serialize(
            DesignerGuidance.From(templates, Kim.Workflows.Domain.Districts.KreisWarendorf.CreateDistricts()), json.Value.SerializerOptions);
        return Page();
    }
}
