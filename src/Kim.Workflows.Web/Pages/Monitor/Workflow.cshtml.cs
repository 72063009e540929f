using System.Text.Json;
using Kim.Workflows.Runtime.Persistence;
using Kim.Workflows.Web.Auth;
using Kim.Workflows.Web.Monitor;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kim.Workflows.Web.Pages.Monitor;

/// <summary>Heat-map of a workflow over all its versions, drawn on the newest version's diagram.</summary>
[Authorize(Policy = KimPolicies.Administration)]
public sealed class WorkflowModel(MonitorQuery monitor, EfDefinitionRepository definitions) : PageModel
{
    public string Key { get; private set; } = "";

    public IReadOnlyDictionary<string, HeatCount> Counts { get; private set; } = new Dictionary<string, HeatCount>();

    public string DataJson { get; private set; } = "{}";

    public ElementLabels Labels { get; private set; } = ElementLabels.Empty;

    public async Task<IActionResult> OnGetAsync(string key, CancellationToken ct)
    {
        var versions = await definitions.VersionsAsync(key, ct);
        var latest = versions.OrderByDescending(v => v.Version).FirstOrDefault();
        if (latest is null)
        {
            return NotFound();
        }

        Key = key;
        Counts = await monitor.HeatMapAsync(key, ct);
        var xml = await definitions.GetXmlAsync(latest.Id, ct) ?? "";
        Labels = ElementLabels.FromXml(xml);
        DataJson = JsonSerializer.Serialize(new
        {
            xml,
            counts = Counts.ToDictionary(c => c.Key, c => new { passed = c.Value.Passed, waiting = c.Value.Waiting }),
        });
        return Page();
    }
}
