using Kim.Workflows.Domain.Controlling;
using Kim.Workflows.Domain.Persistence;
using Kim.Workflows.Domain.Time;
using Kim.Workflows.Web.Auth;
using Kim.Workflows.Web.Controlling;
using Kim.Workflows.Web.Privacy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Kim.Workflows.Web.Pages.Controlling;

/// <summary>The controlling dashboard: aggregated, small-cell suppressed tables with charts, per district or Kreis and period.</summary>
[Authorize(Policy = OperationsPolicies.Controlling)]
public sealed class IndexModel(ControllingService controlling, KimDbContext db, TimeProvider time) : PageModel
{
    public ControllingReport? Report { get; private set; }

    public string? Problem { get; private set; }

    public IReadOnlyList<(string Value, string Label)> Scopes { get; private set; } = [];

    [BindProperty(SupportsGet = true, Name = "bezirk")]
    public string? District { get; set; }

    [BindProperty(SupportsGet = true, Name = "von")]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true, Name = "bis")]
    public DateOnly? To { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var districts = await db.Districts.AsNoTracking().OrderBy(d => d.Name).ToListAsync(cancellationToken);
        var mine = User.IsKreisWide() ? districts : districts.Where(d => User.Districts().Contains(d.Id)).ToList();
        Scopes = [.. (User.IsKreisWide() ? new[] { ("kreis", "Kreis Warendorf") } : []), .. mine.Select(d => (d.Id, "Bezirk " + d.Name))];

        var request = ControllingRequest.From(User, District, From, To, KimCalendar.Today(time), out var problem);
        if (request is null)
        {
            Problem = problem;
            Response.StatusCode = StatusCodes.Status403Forbidden;
            return Page();
        }

        District = request.DistrictId ?? "kreis";
        From = request.Period.From;
        To = request.Period.To;
        Report = await controlling.BuildAsync(request.Period, request.DistrictId, cancellationToken);
        return Page();
    }

    public string CsvUrl(ControllingTable table) =>
        $"/controlling/csv/{table.Key}?bezirk={District}&von={From:yyyy-MM-dd}&bis={To:yyyy-MM-dd}";
}
