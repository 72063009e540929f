using Kim.Workflows.Application.Cases;
using Kim.Workflows.Web.Cases;
using Kim.Workflows.Web.Privacy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Kim.Workflows.Web.Pages.Cases;

/// <summary><c>/faelle/{id}/haushalt</c>: household members — add, edit (<c>?bearbeiten={memberId}</c>), remove.</summary>
[Authorize(Policy = CasePolicies.Cases)]
public sealed class HaushaltModel(CaseFileService files, HouseholdService household, TimeProvider time) : CaseEditPageModel(files, time)
{
    [BindProperty]
    public HouseholdMemberForm Mitglied { get; set; } = new();

    protected override string Section => "haushalt";

    public bool Editing => Mitglied.MemberId is not null;

    public async Task<IActionResult> OnGetAsync(Guid id, Guid? bearbeiten, string? gespeichert, CancellationToken cancellationToken)
    {
        Message = gespeichert switch
        {
            "neu" => "Das Haushaltsmitglied ist gespeichert.",
            "geaendert" => "Die Änderung ist gespeichert.",
            "entfernt" => "Das Haushaltsmitglied ist entfernt.",
            _ => null,
        };
        var shown = await ShowAsync(id, cancellationToken);
        if (CaseFile is not null && bearbeiten is { } memberId)
        {
            if (CaseFile.HouseholdMembers.FirstOrDefault(m => m.Id == memberId) is not { } member)
            {
                return NotFound();
            }

            Mitglied = HouseholdMemberForm.From(member);
        }

        return shown;
    }

    public async Task<IActionResult> OnPostSpeichernAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!BoundCleanly(nameof(Mitglied)))
        {
            return await UnreadableAsync(id, cancellationToken);
        }

        var user = User.ToKimUser();
        var result = Mitglied.MemberId is { } memberId
            ? await household.UpdateAsync(user, id, memberId, Mitglied.Version, Mitglied.ToInput(), cancellationToken)
            : await household.AddAsync(user, id, Mitglied.ToInput(), cancellationToken);
        return await AfterEditAsync(id, result, nameof(Mitglied), Editing ? "geaendert" : "neu", cancellationToken);
    }

    public async Task<IActionResult> OnPostEntfernenAsync(Guid id, Guid memberId, int version, CancellationToken cancellationToken)
    {
        BoundCleanly(nameof(Mitglied));
        Mitglied = new HouseholdMemberForm();
        var result = await household.RemoveAsync(User.ToKimUser(), id, memberId, version, cancellationToken);
        return await AfterEditAsync(id, result, nameof(Mitglied), "entfernt", cancellationToken);
    }
}
