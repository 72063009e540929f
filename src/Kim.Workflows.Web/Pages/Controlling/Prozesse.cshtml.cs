using System.Globalization;
using Kim.Workflows.Runtime.Analysis;
using Kim.Workflows.Web.Privacy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kim.Workflows.Web.Pages.Controlling;

/// <summary>"Analyse und Evaluation der regionalen Prozesse": step durations and current waits per workflow version.</summary>
[Authorize(Policy = OperationsPolicies.ProcessAnalysis)]
public sealed class ProzesseModel(ProcessAnalyzer analyzer) : PageModel
{
    public IReadOnlyList<AnalysedVersion> Versions { get; private set; } = [];

    public ProcessAnalysis? Analysis { get; private set; }

    [BindProperty(SupportsGet = true, Name = "version")]
    public string? DefinitionId { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Versions = await analyzer.VersionsAsync(cancellationToken);
        DefinitionId ??= Versions.FirstOrDefault(v => v.Instances > 0)?.DefinitionId;
        if (DefinitionId is not null)
        {
            Analysis = await analyzer.AnalyzeAsync(DefinitionId, cancellationToken);
            if (Analysis is null)
            {
                return NotFound();
            }
        }

        return Page();
    }

    /// <summary>"3 T 4 h", "2 h 5 min", "40 s": readable spans for long-running case work and quick steps alike.</summary>
    public static string Span(TimeSpan? span)
    {
        if (span is not { } s)
        {
            return "–";
        }

        var c = CultureInfo.GetCultureInfo("de-DE");
        return s.TotalDays >= 1 ? string.Create(c, $"{(int)s.TotalDays} T {s.Hours} h")
            : s.TotalHours >= 1 ? string.Create(c, $"{(int)s.TotalHours} h {s.Minutes} min")
            : s.TotalMinutes >= 1 ? string.Create(c, $"{(int)s.TotalMinutes} min")
            : string.Create(c, $"{(int)s.TotalSeconds} s");
    }
}
