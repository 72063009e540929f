using Kim.Workflows.Domain.Access;
using Kim.Workflows.Domain.Consents;
using Kim.Workflows.Domain.Persistence;
using Kim.Workflows.Domain.Time;
using Microsoft.EntityFrameworkCore;

namespace Kim.Workflows.Application.Cases;

/// <summary>
/// Records, edits and revokes Schweigepflichtentbindungen of a case under the access rules; every change writes an
/// access-log entry in the same unit of work. Nothing here caches a consent or a decision: <see cref="ConsentChecker"/>
/// reads the stored rows at every check, so a revocation (or an end of validity) takes effect at once. A revoked
/// consent is never deleted or changed again: it is evidence of what was allowed when.
/// </summary>
public sealed class ConsentService(KimDbContext db, CaseEditGate gate, ConsentInputValidator validator, AccessLog log, TimeProvider time)
{
    public const string What = "Schweigepflichtentbindung";
    public const string WhatRevocation = "Widerruf Schweigepflichtentbindung";

    public async Task<CaseEditResult> RecordAsync(KimUser user, Guid caseId, ConsentInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        var permit = await gate.CheckAsync(user, caseId, What, cancellationToken: cancellationToken).ConfigureAwait(false);
        if (permit.Failure is not null)
        {
            return permit.Failure;
        }

        var errors = await validator.ValidateAsync(input, cancellationToken).ConfigureAwait(false);
        if (errors.Count > 0)
        {
            return CaseEditResult.Invalid(errors);
        }

        var consent = new Schweigepflichtentbindung { CaseId = caseId, Purpose = "", RecordedBy = user.UserName };
        Apply(consent, input);
        db.Consents.Add(consent);
        log.Record(user, AccessAction.Create, caseId, permit.CaseNumber, What);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return CaseEditResult.Saved(consent.Id, consent.Version);
    }

    /// <summary>
    /// Changes a consent that is not revoked. <paramref name="expectedVersion"/> is the version the form was loaded with; a
    /// consent changed or revoked since then is not overwritten (<see cref="CaseEditStatus.Conflict"/>).
    /// </summary>
    public async Task<CaseEditResult> UpdateAsync(
        KimUser user, Guid caseId, Guid consentId, int expectedVersion, ConsentInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        var permit = await gate.CheckAsync(user, caseId, What, cancellationToken: cancellationToken).ConfigureAwait(false);
        if (permit.Failure is not null)
        {
            return permit.Failure;
        }

        var consent = await db.Consents.FirstOrDefaultAsync(c => c.Id == consentId && c.CaseId == caseId, cancellationToken).ConfigureAwait(false);
        if (consent is null)
        {
            return Missing();
        }

        if (consent.RevokedAt is { } revoked)
        {
            return CaseEditResult.Conflict(
                $"Die Schweigepflichtentbindung wurde am {KimCalendar.DateOf(revoked):dd.MM.yyyy} widerrufen und kann nicht mehr geändert werden.");
        }

        if (consent.Version != expectedVersion)
        {
            return CaseEditResult.Conflict();
        }

        var errors = await validator.ValidateAsync(input, cancellationToken).ConfigureAwait(false);
        if (errors.Count > 0)
        {
            return CaseEditResult.Invalid(errors);
        }

        Apply(consent, input);
        log.Record(user, AccessAction.Update, caseId, permit.CaseNumber, What);
        try
        {
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (DbUpdateConcurrencyException)
        {
            return CaseEditResult.Conflict();
        }

        return CaseEditResult.Saved(consent.Id, consent.Version);
    }

    /// <summary>
    /// Revokes a consent now; possible on closed files too. It needs no version: a revocation never loses an edit, and an
    /// edit saved in between does not stop it (the revocation is applied again on the new state).
    /// </summary>
    public async Task<CaseEditResult> RevokeAsync(KimUser user, Guid caseId, Guid consentId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        var permit = await gate.CheckAsync(user, caseId, WhatRevocation, evenWhenClosed: true, cancellationToken).ConfigureAwait(false);
        if (permit.Failure is not null)
        {
            return permit.Failure;
        }

        var consent = await db.Consents.FirstOrDefaultAsync(c => c.Id == consentId && c.CaseId == caseId, cancellationToken).ConfigureAwait(false);
        if (consent is null)
        {
            return Missing();
        }

        log.Record(user, AccessAction.Update, caseId, permit.CaseNumber, WhatRevocation);
        const int Attempts = 3;
        for (var attempt = 1; ; attempt++)
        {
            if (consent.RevokedAt is { } revoked)
            {
                return CaseEditResult.Conflict($"Die Schweigepflichtentbindung wurde bereits am {KimCalendar.DateOf(revoked):dd.MM.yyyy} widerrufen.");
            }

            consent.RevokedAt = time.GetUtcNow();
            try
            {
                await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
                return CaseEditResult.Saved(consent.Id, consent.Version);
            }
            catch (DbUpdateConcurrencyException) when (attempt < Attempts)
            {
                await db.Entry(consent).ReloadAsync(cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private static CaseEditResult Missing() => CaseEditResult.NotFound("Diese Schweigepflichtentbindung gibt es in der Fallakte nicht.");

    private static void Apply(Schweigepflichtentbindung consent, ConsentInput input)
    {
        consent.PartnerOrganisationIds = [.. input.PartnerOrganisationIds.Distinct()];
        consent.DataCategories = [.. input.DataCategories.Distinct().Order()];
        consent.Purpose = input.Purpose!.Trim();
        consent.Form = input.Form;
        consent.RefusalConsequencesExplained = input.RefusalConsequencesExplained;
        consent.GivenOn = input.GivenOn!.Value;
        consent.ValidUntil = input.ValidUntil;
    }
}
