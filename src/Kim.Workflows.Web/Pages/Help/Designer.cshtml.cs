using Kim.Workflows.Web.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kim.Workflows.Web.Pages.Help;

/// <summary>Help for process owners: changing a deadline, a group, a form; what versioning does; where mail texts live.</summary>
[Authorize(Policy = KimPolicies.DefinitionsRead)]
public sealed class DesignerModel : PageModel
{
}
