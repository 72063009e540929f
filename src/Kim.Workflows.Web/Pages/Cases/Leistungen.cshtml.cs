using Kim.Workflows.Application.Cases;
using Kim.Workflows.Domain.Partners;
using Kim.Workflows.Domain.Persistence;
using Kim.Workflows.Web.Cases;
using Kim.Workflows.Web.Privacy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Kim.Workflows.Web.Pages.Cases;

/// <summary>
/// <c>/faelle/{id}/leistungen</c>: Leistungssteuerung — services and Verweisberatungen with provider, status and dates; add,
/// edit (<c>?bearbeiten={serviceId}</c>). Nothing is deleted: a service that did not happen is „abgelehnt“ or „abgebrochen“.
/// </summary>
[Authorize(Policy = CasePolicies.Cases)]
public sealed class LeistungenModel(CaseFileService files, ServiceReferralService services, KimDbContext db, TimeProvider time) : CaseEditPageModel(files, time)
{
    [BindProperty]
    public ServiceForm Leistung { get; set; } = new();

    /// <summary>Providers that can be chosen: the active partners, plus inactive ones a service of this case names.</summary>
    public IReadOnlyList<PartnerOrganisation> Directory { get; private set; } = [];

    protected override string Section => "leistungen";

    public bool Editing => Leistung.ServiceId is not null;

    public string ProviderOf(Guid? partnerId, string? name) =>
        partnerId is { } id && Read?.Partners.TryGetValue(id, out var p) == true ? p.Name : name ?? "– (bitte ergänzen)";

    public async Task<IActionResult> OnGetAsync(Guid id, Guid? bearbeiten, string? gespeichert, CancellationToken cancellationToken)
    {
        Message = gespeichert switch
        {
            "neu" => "Die Leistung ist gespeichert.",
            "geaendert" => "Die Änderung ist gespeichert.",
            _ => null,
        };
        var shown = await ShowAsync(id, cancellationToken);
        if (CaseFile is not null && bearbeiten is { } serviceId)
        {
            if (CaseFile.Services.FirstOrDefault(s => s.Id == serviceId) is not { } service)
            {
                return NotFound();
            }

            Leistung = ServiceForm.From(service);
        }

        return shown;
    }

    public async Task<IActionResult> OnPostSpeichernAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!BoundCleanly(nameof(Leistung)))
        {
            return await UnreadableAsync(id, cancellationToken);
        }

        var user = User.ToKimUser();
        var result = Leistung.ServiceId is { } serviceId
            ? await services.UpdateAsync(user, id, serviceId, Leistung.Version, Leistung.ToInput(), cancellationToken)
            : await services.AddAsync(user, id, Leistung.ToInput(), cancellationToken);
        return await AfterEditAsync(id, result, nameof(Leistung), Editing ? "geaendert" : "neu", cancellationToken);
    }

    protected override async Task LoadMoreAsync(CancellationToken cancellationToken)
    {
        var named = CaseFile!.Services.Where(s => s.ProviderPartnerId is not null).Select(s => s.ProviderPartnerId!.Value).ToHashSet();
        var all = await db.Partners.AsNoTracking().OrderBy(p => p.Kind).ThenBy(p => p.Name).ToListAsync(cancellationToken);
        Directory = [.. all.Where(p => p.IsActive || named.Contains(p.Id))];
    }
}
