using Kim.Workflows.Application.Cases;
using Kim.Workflows.Web.Cases;
using Kim.Workflows.Web.Privacy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Kim.Workflows.Web.Pages.Cases;

/// <summary><c>/faelle/{id}/kontakte</c>: contacts with the client, including aufsuchendes Fallmanagement (append-only).</summary>
[Authorize(Policy = CasePolicies.Cases)]
public sealed class KontakteModel(CaseFileService files, ContactService contacts, TimeProvider time) : CaseEditPageModel(files, time)
{
    [BindProperty]
    public ContactForm Kontakt { get; set; } = new();

    protected override string Section => "kontakte";

    public async Task<IActionResult> OnGetAsync(Guid id, string? gespeichert, CancellationToken cancellationToken)
    {
        Message = gespeichert == "neu" ? "Der Kontakt ist dokumentiert." : null;
        var shown = await ShowAsync(id, cancellationToken);
        Kontakt.Date ??= Today;
        return shown;
    }

    public async Task<IActionResult> OnPostSpeichernAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!BoundCleanly(nameof(Kontakt)))
        {
            return await UnreadableAsync(id, cancellationToken);
        }

        var result = await contacts.RecordAsync(User.ToKimUser(), id, Kontakt.ToInput(), cancellationToken);
        return await AfterEditAsync(id, result, nameof(Kontakt), "neu", cancellationToken);
    }
}
