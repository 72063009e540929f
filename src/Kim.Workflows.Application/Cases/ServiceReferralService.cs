using Kim.Workflows.Domain.Access;
using Kim.Workflows.Domain.Persistence;
using Kim.Workflows.Domain.Services;
using Kim.Workflows.Domain.Time;
using Microsoft.EntityFrameworkCore;

namespace Kim.Workflows.Application.Cases;

/// <summary>
/// Leistungssteuerung: adds and edits the services and referrals of a case under the access rules, logged. Edits name the
/// version they were based on. Services are not deleted: a service that did not happen is "abgelehnt" or "abgebrochen".
/// </summary>
public sealed class ServiceReferralService(KimDbContext db, CaseEditGate gate, AccessLog log, TimeProvider time)
{
    public const string What = "Leistung";

    public async Task<CaseEditResult> AddAsync(KimUser user, Guid caseId, ServiceReferralInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(input);
        var permit = await gate.CheckAsync(user, caseId, What, cancellationToken: cancellationToken).ConfigureAwait(false);
        if (permit.Failure is not null)
        {
            return permit.Failure;
        }

        var errors = await ValidateAsync(input, cancellationToken).ConfigureAwait(false);
        if (errors.Count > 0)
        {
            return CaseEditResult.Invalid(errors);
        }

        var service = new ServiceReferral { CaseId = caseId, Title = "" };
        input.ApplyTo(service);
        db.Services.Add(service);
        log.Record(user, AccessAction.Create, caseId, permit.CaseNumber, What);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return CaseEditResult.Saved(service.Id, service.Version);
    }

    public async Task<CaseEditResult> UpdateAsync(
        KimUser user, Guid caseId, Guid serviceId, int expectedVersion, ServiceReferralInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(input);
        var permit = await gate.CheckAsync(user, caseId, What, cancellationToken: cancellationToken).ConfigureAwait(false);
        if (permit.Failure is not null)
        {
            return permit.Failure;
        }

        var service = await db.Services.FirstOrDefaultAsync(s => s.Id == serviceId && s.CaseId == caseId, cancellationToken).ConfigureAwait(false);
        if (service is null)
        {
            return CaseEditResult.NotFound("Diese Leistung gibt es in der Fallakte nicht.");
        }

        if (service.Version != expectedVersion)
        {
            return CaseEditResult.Conflict();
        }

        var errors = await ValidateAsync(input, cancellationToken).ConfigureAwait(false);
        if (errors.Count > 0)
        {
            return CaseEditResult.Invalid(errors);
        }

        input.ApplyTo(service);
        log.Record(user, AccessAction.Update, caseId, permit.CaseNumber, What);
        return await CaseEditSaving.SaveAsync(db, service.Id, () => service.Version, cancellationToken).ConfigureAwait(false);
    }

    private async Task<IReadOnlyDictionary<string, string>> ValidateAsync(ServiceReferralInput input, CancellationToken cancellationToken)
    {
        var errors = input.Validate(KimCalendar.Today(time));
        if (input.ProviderPartnerId is not { } partnerId
            || await db.Partners.AsNoTracking().AnyAsync(p => p.Id == partnerId, cancellationToken).ConfigureAwait(false))
        {
            return errors;
        }

        return new Dictionary<string, string>(errors, StringComparer.Ordinal)
        {
            [nameof(ServiceReferralInput.ProviderPartnerId)] = "Dieser Anbieter steht nicht im Partnerverzeichnis.",
        };
    }
}
