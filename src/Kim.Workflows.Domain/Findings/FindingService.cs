using Kim.Workflows.Domain.Access;
using Kim.Workflows.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Kim.Workflows.Domain.Findings;

/// <summary>
/// Systemrückmeldungen: case managers record structural barriers from a case; the coordination sees
/// them without the case link or the reporter (<see cref="FindingForCoordination"/>) and bundles them
/// per regional project group (district) into topics.
/// </summary>
public sealed class FindingService(KimDbContext db, CaseAccessPolicy policy, AccessLog accessLog, TimeProvider time)
{
    public async Task<FindingResult> RecordAsync(KimUser user, string caseNumber, FindingCategory category, string description, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (string.IsNullOrWhiteSpace(description))
        {
            return FindingResult.Refused("Bitte die Barriere beschreiben (ohne Namen oder andere persönliche Angaben).");
        }

        var file = await db.Cases.FirstOrDefaultAsync(c => c.CaseNumber == caseNumber.Trim(), cancellationToken);
        if (file is null)
        {
            return FindingResult.Refused($"Die Fallakte {caseNumber} gibt es nicht.");
        }

        var decision = user.Role == KimRole.CaseManager ? policy.CanEditCase(user, CaseAccessFacts.Of(file)) : AccessDecision.Denied("Systemrückmeldungen erfassen nur Fallmanagerinnen und Fallmanager.");
        if (!decision.Allowed)
        {
            accessLog.Record(user, AccessAction.Denied, file.Id, file.CaseNumber, "Systemrückmeldung");
            await db.SaveChangesAsync(cancellationToken);
            return FindingResult.Refused(decision.Reason!);
        }

        var finding = new StructuralFinding
        {
            Category = category,
            DistrictId = file.DistrictId,
            MunicipalityId = file.MunicipalityId,
            Description = description.Trim(),
            LinkedCaseId = file.Id,
            ReportedBy = user.UserName,
            ReportedAt = time.GetUtcNow(),
        };
        db.Findings.Add(finding);
        accessLog.Record(user, AccessAction.Create, file.Id, file.CaseNumber, "Systemrückmeldung");
        await db.SaveChangesAsync(cancellationToken);
        return FindingResult.Recorded(finding.Id);
    }

    /// <summary>The findings a coordination user may see: their districts, or all for Kreis-wide staff; never the case link.</summary>
    public async Task<IReadOnlyList<FindingForCoordination>> ForCoordinationAsync(KimUser user, string? districtId, CancellationToken cancellationToken = default)
    {
        EnsureCoordination(user, districtId);
        var query = db.Findings.AsNoTracking();
        query = districtId is not null ? query.Where(f => f.DistrictId == districtId)
            : user.KreisWide ? query
            : query.Where(f => user.DistrictIds.Contains(f.DistrictId));
        var findings = await query.ToListAsync(cancellationToken);
        return [.. findings.OrderByDescending(f => f.ReportedAt).Select(FindingForCoordination.From)];
    }

    public async Task<IReadOnlyList<FindingTopic>> TopicsAsync(KimUser user, string? districtId, CancellationToken cancellationToken = default)
    {
        EnsureCoordination(user, districtId);
        var topics = await db.FindingTopics.AsNoTracking().ToListAsync(cancellationToken);
        return [.. topics.Where(t => districtId is null ? user.KreisWide || t.DistrictId is null || user.DistrictIds.Contains(t.DistrictId) : t.DistrictId == districtId)
            .OrderByDescending(t => t.CreatedAt)];
    }

    /// <summary>Bundles findings of one regional project group (or Kreis-wide when <paramref name="districtId"/> is null) into a topic.</summary>
    public async Task<FindingTopic> CreateTopicAsync(KimUser user, string? districtId, string title, string? description, IReadOnlyCollection<Guid> findingIds, CancellationToken cancellationToken = default)
    {
        EnsureCoordination(user, districtId);
        if (districtId is null && !user.KreisWide)
        {
            throw new UnauthorizedAccessException("Kreisweite Themen bündelt nur die Koordinationsleitung.");
        }

        var topic = new FindingTopic { DistrictId = districtId, Title = title.Trim(), Description = description, CreatedBy = user.UserName, CreatedAt = time.GetUtcNow() };
        db.FindingTopics.Add(topic);
        var findings = await db.Findings.Where(f => findingIds.Contains(f.Id)).ToListAsync(cancellationToken);
        foreach (var finding in findings.Where(f => districtId is null || f.DistrictId == districtId))
        {
            EnsureCoordination(user, finding.DistrictId);
            finding.TopicId = topic.Id;
            finding.Status = FindingStatus.Gebuendelt;
        }

        await db.SaveChangesAsync(cancellationToken);
        return topic;
    }

    internal static void EnsureCoordination(KimUser user, string? districtId)
    {
        var decision = user.Role == KimRole.Coordination ? new CaseAccessPolicy().CanSeeAggregates(user, districtId) : AccessDecision.Denied("Nur für die Koordination.");
        if (!decision.Allowed)
        {
            throw new UnauthorizedAccessException(decision.Reason);
        }
    }
}
