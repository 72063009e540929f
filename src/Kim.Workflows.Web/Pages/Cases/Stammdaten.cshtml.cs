using Kim.Workflows.Application.Cases;
using Kim.Workflows.Web.Cases;
using Kim.Workflows.Web.Privacy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Kim.Workflows.Web.Pages.Cases;

/// <summary>
/// <c>/faelle/{id}/stammdaten</c>: the client's master data after intake — languages, interpreter, contact details,
/// residence status with expiry, legal domains. Saved against the file's version (409 when it changed in between).
/// </summary>
[Authorize(Policy = CasePolicies.Cases)]
public sealed class StammdatenModel(CaseFileService files, ClientDataService clientData, TimeProvider time) : CaseEditPageModel(files, time)
{
    [BindProperty]
    public ClientDataForm Stammdaten { get; set; } = new();

    protected override string Section => "stammdaten";

    public async Task<IActionResult> OnGetAsync(Guid id, string? gespeichert, CancellationToken cancellationToken)
    {
        Message = gespeichert == "geaendert" ? "Die Stammdaten sind gespeichert." : null;
        var shown = await ShowAsync(id, cancellationToken);
        if (CaseFile?.Client is { } client)
        {
            Stammdaten = ClientDataForm.From(CaseFile, client);
        }

        return shown;
    }

    public async Task<IActionResult> OnPostSpeichernAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!BoundCleanly(nameof(Stammdaten)))
        {
            return await UnreadableAsync(id, cancellationToken);
        }

        var result = await clientData.UpdateAsync(User.ToKimUser(), id, Stammdaten.CaseVersion, Stammdaten.ToInput(), cancellationToken);
        return await AfterEditAsync(id, result, nameof(Stammdaten), "geaendert", cancellationToken);
    }
}
