using Kim.Workflows.Engine.Execution;
using Kim.Workflows.Runtime.Outbox;
using Kim.Workflows.Web.Auth;
using Kim.Workflows.Web.Monitor;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kim.Workflows.Web.Pages.Monitor;

/// <summary>Instance search (administration). The search is posted: a case number never lands in a URL.</summary>
[Authorize(Policy = KimPolicies.Administration)]
public sealed class IndexModel(MonitorQuery monitor, DeliveryFailures deliveries, OutboxMonitor outbox) : PageModel
{
    [BindProperty]
    public string? Fall { get; set; }

    [BindProperty]
    public string? Prozess { get; set; }

    [BindProperty]
    public InstanceStatus? Zustand { get; set; }

    [BindProperty]
    public DateOnly? Von { get; set; }

    [BindProperty]
    public DateOnly? Bis { get; set; }

    public IReadOnlyList<InstanceRow> Instances { get; private set; } = [];

    public IReadOnlyList<string> ProcessKeys { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task OnPostAsync(CancellationToken ct) => await LoadAsync(ct);

    /// <summary>Failed deliveries (outbox rows, mails) with their last SMTP error; incidents can be retried here.</summary>
    public IReadOnlyList<DeliveryFailure> Failures { get; private set; } = [];

    public string? Notice { get; private set; }

    public async Task OnPostRetryDeliveryAsync(string id, CancellationToken ct)
    {
        Notice = await outbox.RetryAsync(id, ct) ? "Zustellung wird erneut versucht." : "Diese Zustell-Störung gibt es nicht mehr.";
        await LoadAsync(ct);
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Instances = await monitor.SearchAsync(new MonitorSearch(Fall, Prozess, Zustand, Von, Bis), ct);
        ProcessKeys = await monitor.ProcessKeysAsync(ct);
        Failures = await deliveries.ListAsync(ct);
    }

    public static string StatusText(InstanceStatus status) => status switch
    {
        InstanceStatus.Running => "läuft",
        InstanceStatus.Completed => "beendet",
        _ => "abgebrochen",
    };
}
