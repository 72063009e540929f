using Kim.Workflows.Application.Cases;
using Kim.Workflows.Domain.Consents;
using Kim.Workflows.Domain.Partners;
using Kim.Workflows.Domain.Persistence;
using Kim.Workflows.Web.Privacy;
using Kim.Workflows.Web.Cases;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Kim.Workflows.Web.Pages.Cases;

/// <summary>
/// <c>/faelle/{id}/einwilligungen</c>: the Schweigepflichtentbindungen of a case — record a new one, edit one that is not
/// revoked (<c>?bearbeiten={consentId}</c>), revoke one. Revoked consents stay listed: they are evidence.
/// </summary>
[Authorize(Policy = CasePolicies.Cases)]
public sealed class EinwilligungenModel(CaseFileService files, ConsentService consents, KimDbContext db, TimeProvider time) : CaseEditPageModel(files, time)
{
    [BindProperty]
    public ConsentEditForm Einwilligung { get; set; } = new();

    /// <summary>Partners that can be named: the active ones, plus inactive ones a consent of this case already names.</summary>
    public IReadOnlyList<PartnerOrganisation> Directory { get; private set; } = [];

    public static IReadOnlyList<DataCategory> OrdinaryCategories { get; } =
        [.. Enum.GetValues<DataCategory>().Where(c => !DataCategories.IsSpecial(c))];

    public static IReadOnlyList<DataCategory> SpecialCategories { get; } = [.. Enum.GetValues<DataCategory>().Where(DataCategories.IsSpecial)];

    protected override string Section => "einwilligungen";

    public bool Editing => Einwilligung.ConsentId is not null;

    public async Task<IActionResult> OnGetAsync(Guid id, Guid? bearbeiten, string? gespeichert, CancellationToken cancellationToken)
    {
        Message = gespeichert switch
        {
            "neu" => "Die Schweigepflichtentbindung ist gespeichert.",
            "geaendert" => "Die Änderung ist gespeichert.",
            "widerrufen" => "Der Widerruf ist gespeichert und gilt ab sofort: Es werden keine Daten mehr auf Grundlage dieser Erklärung weitergegeben.",
            _ => null,
        };
        var shown = await ShowAsync(id, cancellationToken);
        if (CaseFile is not null && bearbeiten is { } consentId)
        {
            var consent = CaseFile.Consents.FirstOrDefault(c => c.Id == consentId);
            if (consent is null)
            {
                return NotFound();
            }

            if (consent.IsRevoked)
            {
                Problem = "Eine widerrufene Schweigepflichtentbindung kann nicht mehr geändert werden.";
            }
            else
            {
                Einwilligung = ConsentEditForm.From(consent);
            }
        }

        return shown;
    }

    public async Task<IActionResult> OnPostSpeichernAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!BoundCleanly(nameof(Einwilligung)))
        {
            return await UnreadableAsync(id, cancellationToken);
        }

        var user = User.ToKimUser();
        var result = Einwilligung.ConsentId is { } consentId
            ? await consents.UpdateAsync(user, id, consentId, Einwilligung.Version, Einwilligung.ToInput(), cancellationToken)
            : await consents.RecordAsync(user, id, Einwilligung.ToInput(), cancellationToken);
        return await AfterEditAsync(id, result, nameof(Einwilligung), Editing ? "geaendert" : "neu", cancellationToken);
    }

    public async Task<IActionResult> OnPostWiderrufAsync(Guid id, Guid consentId, CancellationToken cancellationToken)
    {
        BoundCleanly(nameof(Einwilligung));
        Einwilligung = new ConsentEditForm();
        var result = await consents.RevokeAsync(User.ToKimUser(), id, consentId, cancellationToken);
        return await AfterEditAsync(id, result, nameof(Einwilligung), "widerrufen", cancellationToken);
    }

    public string PartnerName(Guid id) => Read?.Partners.TryGetValue(id, out var p) == true ? p.Name : "unbekannter Partner";

    protected override async Task LoadMoreAsync(CancellationToken cancellationToken)
    {
        var named = CaseFile!.Consents.SelectMany(c => c.PartnerOrganisationIds).ToHashSet();
        var all = await db.Partners.AsNoTracking().OrderBy(p => p.Kind).ThenBy(p => p.Name).ToListAsync(cancellationToken);
        Directory = [.. all.Where(p => p.IsActive || named.Contains(p.Id))];
    }
}
