using Kim.Workflows.Domain.Access;
using Kim.Workflows.Domain.Cases;
using Kim.Workflows.Domain.Persistence;

namespace Kim.Workflows.Application.Cases;

/// <summary>
/// Records contacts with the client, including aufsuchendes Fallmanagement, under the access rules. Contacts are
/// append-only (a record of what happened, like a note): concurrent entries never overwrite each other.
/// </summary>
public sealed class ContactService(KimDbContext db, CaseEditGate gate, AccessLog log, TimeProvider time)
{
    public const string What = "Kontakt";

    public async Task<CaseEditResult> RecordAsync(KimUser user, Guid caseId, ContactInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(input);
        var permit = await gate.CheckAsync(user, caseId, What, cancellationToken: cancellationToken).ConfigureAwait(false);
        if (permit.Failure is not null)
        {
            return permit.Failure;
        }

        var errors = input.Validate(time.GetUtcNow());
        if (errors.Count > 0)
        {
            return CaseEditResult.Invalid(errors);
        }

        var contact = new CaseContact
        {
            CaseId = caseId,
            OccurredAt = input.OccurredAt()!.Value,
            Kind = input.Kind,
            Location = string.IsNullOrWhiteSpace(input.Location) ? null : input.Location.Trim(),
            Summary = input.Summary!.Trim(),
            RecordedBy = user.UserName,
        };
        db.Contacts.Add(contact);
        log.Record(user, AccessAction.Create, caseId, permit.CaseNumber, What);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return CaseEditResult.Saved(contact.Id, 0);
    }
}
