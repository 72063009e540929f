using System.ComponentModel.DataAnnotations;
using Kim.Workflows.Domain.Findings;
using Kim.Workflows.Web.Privacy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kim.Workflows.Web.Pages.Findings;

/// <summary>A case manager records a structural barrier for a case; the case number travels only in the form post, never in the URL.</summary>
[Authorize(Policy = OperationsPolicies.RecordFinding)]
public sealed class NeuModel(FindingService findings) : PageModel
{
    [BindProperty(Name = "fall")]
    [Required(ErrorMessage = "Bitte die Fallnummer angeben.")]
    public string? CaseNumber { get; set; }

    [BindProperty]
    public FindingCategory Category { get; set; } = FindingCategory.FehlendesAngebot;

    [BindProperty]
    [Required(ErrorMessage = "Bitte die Barriere beschreiben.")]
    [StringLength(4000)]
    public string? Description { get; set; }

    public string? Problem { get; private set; }

    public bool Saved { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await findings.RecordAsync(User.ToKimUser(), CaseNumber!, Category, Description!, cancellationToken);
        if (!result.Success)
        {
            Problem = result.Problem;
            return Page();
        }

        Saved = true;
        Description = null;
        ModelState.Clear();
        return Page();
    }
}
