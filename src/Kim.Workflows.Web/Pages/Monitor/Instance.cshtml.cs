using System.Text.Json;
using Kim.Workflows.Engine.Commands;
using Kim.Workflows.Runtime;
using Kim.Workflows.Runtime.Persistence;
using Kim.Workflows.Web.Auth;
using Kim.Workflows.Web.Monitor;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kim.Workflows.Web.Pages.Monitor;

/// <summary>One instance: diagram with tokens, history, variables (editable, audited), incidents (retry), cancel, migrate.</summary>
[Authorize(Policy = KimPolicies.Administration)]
public sealed class InstanceModel(MonitorQuery monitor, WorkflowRuntime runtime, EfDefinitionRepository definitions) : PageModel
{
    public InstanceDetails Instance { get; private set; } = null!;

    public string DataJson { get; private set; } = "{}";

    /// <summary>Element labels of the instance's version, for "Aktuell bei", incidents and the history.</summary>
    public ElementLabels Labels { get; private set; } = ElementLabels.Empty;

    public IReadOnlyList<DefinitionVersion> Versions { get; private set; } = [];

    [TempData]
    public string? Meldung { get; set; }

    [TempData]
    public string? Fehler { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var details = await monitor.GetAsync(id, ct);
        if (details is null)
        {
            return NotFound();
        }

        Instance = details;
        Versions = await definitions.VersionsAsync(details.Row.ProcessKey, ct);
        var xml = await definitions.GetXmlAsync(details.Row.DefinitionId, ct) ?? "";
        Labels = ElementLabels.FromXml(xml);
        var running = details.Row.Status == Kim.Workflows.Engine.Execution.InstanceStatus.Running;
        DataJson = JsonSerializer.Serialize(new
        {
            xml,
            active = running ? details.ActiveElements : [],
            incidents = details.Incidents.Where(i => i.ResolvedAt == null).Select(i => i.ElementId),
        });
        return Page();
    }

    public async Task<IActionResult> OnPostVariableAsync(Guid id, string name, string? value, string type, CancellationToken ct)
    {
        object? typed = type switch
        {
            "long" when long.TryParse(value, out var l) => l,
            "boolean" => value is "true" or "ja",
            "null" => null,
            _ => value,
        };
        return await RunAsync(id, () => runtime.SetVariablesAsync(id, new Dictionary<string, object?> { [name] = typed }, User.UserId(), ct),
            $"Variable „{name}“ gespeichert (im Verlauf vermerkt).");
    }

    public Task<IActionResult> OnPostRetryAsync(Guid id, Guid incidentId, CancellationToken ct) =>
        RunAsync(id, () => runtime.RetryIncidentAsync(incidentId, ct), "Die Störung wird erneut versucht.");

    public Task<IActionResult> OnPostCancelAsync(Guid id, CancellationToken ct) =>
        RunAsync(id, () => runtime.CancelAsync(id, User.UserId(), ct), "Die Instanz wurde abgebrochen.");

    public Task<IActionResult> OnPostMigrateAsync(Guid id, string target, CancellationToken ct) =>
        RunAsync(id, () => runtime.MigrateAsync(id, target, null, User.UserId(), ct), $"Die Instanz läuft jetzt auf {target}.");

    private async Task<IActionResult> RunAsync(Guid id, Func<Task> action, string success)
    {
        try
        {
            await action();
            Meldung = success;
        }
        catch (MigrationRefusedException e)
        {
            Fehler = e.Message;
        }
        catch (Exception e) when (e is ConcurrencyConflictException or NotFoundException or Kim.Workflows.Engine.EngineException)
        {
            Fehler = "Das ging nicht: die Instanz wurde inzwischen geändert oder läuft nicht mehr.";
        }

        return Redirect($"/monitor/instanzen/{id}");
    }
}
