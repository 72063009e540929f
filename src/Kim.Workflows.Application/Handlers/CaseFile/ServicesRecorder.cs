using Kim.Workflows.Application.Cases;
using Kim.Workflows.Application.Partners;
using Kim.Workflows.Domain.Services;
using Microsoft.EntityFrameworkCore;

namespace Kim.Workflows.Application.Handlers.CaseFile;

/// <summary>
/// <c>eintrag</c> = <c>leistungen</c> (after „Leistungen vermitteln und steuern“): one service per line of <c>leistungen</c>
/// (<see cref="ServiceLines"/>). The provider is taken from the partner directory when it names an entry, else kept as a
/// name. A line naming a service the file already has (same title and provider) updates its status instead of adding it
/// again: the form, shown again after a re-assessment, is the current state of Leistungssteuerung. Dates follow
/// <see cref="ServiceRules"/> with the day of the run (start when it runs, end when it is finished); an unknown status word
/// is kept in the remarks. The form's structural barriers become a Systemrückmeldung (<see cref="SystemFeedbackRecorder"/>).
/// </summary>
internal sealed class ServicesRecorder : ICaseFileRecorder
{
    public const string RecordKind = "leistungen";

    public string Kind => RecordKind;

    public string What => ServiceReferralService.What;

    public async Task<int> RecordAsync(CaseFileRecordContext context, CancellationToken cancellationToken)
    {
        var db = context.Db;
        var prefix = context.LinePrefix;
        if (await db.Services.AnyAsync(s => s.SourceKey != null && s.SourceKey.StartsWith(prefix), cancellationToken).ConfigureAwait(false))
        {
            return 0;
        }

        var partners = await db.Partners.AsNoTracking().Where(p => p.IsActive).OrderBy(p => p.Name).ToListAsync(cancellationToken).ConfigureAwait(false);
        var services = await db.Services.Where(s => s.CaseId == context.File.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
        var changed = 0;
        var lines = ServiceLines.Parse(Variables.String(context.Variables, "leistungen"));
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            var partner = line.Provider is { } name ? PartnerDirectory.Find(partners, name) : null;
            var existing = services.FirstOrDefault(s => string.Equals(s.Title, line.Title, StringComparison.OrdinalIgnoreCase)
                && (line.Provider is null || (partner is not null ? s.ProviderPartnerId == partner.Id : string.Equals(s.ProviderName, line.Provider, StringComparison.OrdinalIgnoreCase))));
            if (existing is not null)
            {
                changed += line.Status is { } status && status != existing.Status ? Steer(existing, status, context.Today) : 0;
                continue;
            }

            var target = line.IsReferral ? ServiceLines.TargetOf(line.Title, partner) : null;
            var service = new ServiceReferral
            {
                CaseId = context.File.Id,
                Kind = target is null ? ServiceKind.Leistung : ServiceKind.Verweisberatung,
                Title = line.Title,
                ProviderPartnerId = partner?.Id,
                ProviderName = partner?.Name ?? line.Provider,
                TargetRechtskreis = target,
                Remarks = line.UnknownStatus is null ? null : $"Stand laut Workflow: {line.UnknownStatus}",
                SourceKey = context.KeyOf(i + 1),
            };
            Steer(service, line.Status ?? ServiceStatus.Geplant, context.Today);
            db.Services.Add(service);
            services.Add(service);
            changed++;
        }

        return changed + await SystemFeedbackRecorder.RecordAsync(context, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Sets the status and the dates it implies; an end date that no longer fits is removed.</summary>
    private static int Steer(ServiceReferral service, ServiceStatus status, DateOnly today)
    {
        service.Status = status;
        if (ServiceRules.NeedsStartDate(status))
        {
            service.StartedOn ??= today;
        }

        if (ServiceRules.NeedsEndDate(status) || status == ServiceStatus.Abgelehnt)
        {
            service.EndedOn ??= today;
        }
        else if (!ServiceRules.AllowsEndDate(status))
        {
            service.EndedOn = null;
        }

        return 1;
    }
}
