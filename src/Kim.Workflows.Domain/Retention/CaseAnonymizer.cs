using Kim.Workflows.Domain.Access;
using Kim.Workflows.Domain.Cases;
using Kim.Workflows.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Kim.Workflows.Domain.Retention;

/// <summary>
/// Removes the personal data of a case and keeps what controlling needs: district, phase history
/// dates, legal domains, closing reason, goal achievement, goal states, service kinds, consultation
/// topics and outcomes, conference dates. Idempotent: a second run finds nothing left and changes nothing.
/// </summary>
public sealed class CaseAnonymizer(KimDbContext db, RetentionPolicy policy, TimeProvider time)
{
    public const string Placeholder = "[anonymisiert]";

    /// <summary>Anonymises every closed case whose retention period has ended; one transaction per case.</summary>
    public async Task<IReadOnlyList<AnonymizationResult>> AnonymizeDueCasesAsync(CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        var closedBefore = policy.ClosedBeforeForAnyCase(now);
        var candidates = await db.Cases
            .Where(c => c.AnonymizedAt == null && c.ClosedAt != null && c.ClosedAt < closedBefore)
            .Include(c => c.PhaseHistory)
            .ToListAsync(cancellationToken);

        var results = new List<AnonymizationResult>();
        foreach (var candidate in candidates.Where(c => policy.IsDue(c, now)))
        {
            results.Add(await AnonymizeAsync(candidate.Id, cancellationToken));
        }

        return results;
    }

    public async Task<AnonymizationResult> AnonymizeAsync(Guid caseId, CancellationToken cancellationToken = default)
    {
        var file = await db.CaseFiles.SingleAsync(c => c.Id == caseId, cancellationToken);
        var alreadyAnonymized = file.AnonymizedAt is not null;
        var removed = 0;
        var cleared = 0;

        if (file.Client is not null)
        {
            db.Clients.Remove(file.Client);
            file.Client = null;
            removed++;
        }

        removed += RemoveAll(db.HouseholdMembers, file.HouseholdMembers);
        removed += RemoveAll(db.Notes, file.Notes);
        removed += RemoveAll(db.Consents, file.Consents);
        cleared += Clear(() => file.MunicipalityId, v => file.MunicipalityId = v);
        cleared += Clear(() => file.GoalAchievementNote, v => file.GoalAchievementNote = v);

        foreach (var contact in file.Contacts)
        {
            cleared += Clear(() => contact.Location, v => contact.Location = v);
            cleared += Replace(() => contact.Summary, v => contact.Summary = v, "");
        }

        foreach (var assessment in file.Assessments)
        {
            cleared += Clear(() => assessment.Summary, v => assessment.Summary = v);
        }

        foreach (var area in file.Assessments.SelectMany(a => a.Areas))
        {
            cleared += Clear(() => area.Needs, v => area.Needs = v);
            cleared += Clear(() => area.Resources, v => area.Resources = v);
        }

        foreach (var goal in file.Ergebnisziele)
        {
            cleared += Replace(() => goal.Description, v => goal.Description = v, Placeholder);
            foreach (var step in goal.Handlungsziele)
            {
                cleared += Replace(() => step.Description, v => step.Description = v, Placeholder);
                cleared += Clear(() => step.Responsible, v => step.Responsible = v);
            }
        }

        foreach (var agreement in file.Zielvereinbarungen)
        {
            cleared += Clear(() => agreement.Remarks, v => agreement.Remarks = v);
        }

        foreach (var service in file.Services)
        {
            cleared += Clear(() => service.Remarks, v => service.Remarks = v);
            cleared += Replace(() => service.Title, v => service.Title = v, service.Kind.ToString());
        }

        (removed, cleared) = await AnonymizeRelatedAsync(caseId, removed, cleared, cancellationToken);

        if (!alreadyAnonymized)
        {
            file.AnonymizedAt = time.GetUtcNow();
            db.AccessLog.Add(new AccessLogEntry
            {
                At = file.AnonymizedAt.Value,
                UserName = "system:retention",
                Role = KimRole.Administrator,
                CaseId = file.Id,
                CaseNumber = file.CaseNumber,
                Action = AccessAction.Anonymize,
                What = "Fallakte anonymisiert (Aufbewahrungsfrist abgelaufen)",
            });
        }

        await db.SaveChangesAsync(cancellationToken);
        return new AnonymizationResult(file.Id, file.CaseNumber, alreadyAnonymized, removed, cleared);
    }

    private async Task<(int Removed, int Cleared)> AnonymizeRelatedAsync(Guid caseId, int removed, int cleared, CancellationToken cancellationToken)
    {
        var consultations = await db.Consultations.Include(c => c.ChecklistAnswers)
            .Where(c => c.CaseId == caseId).ToListAsync(cancellationToken);
        foreach (var consultation in consultations)
        {
            cleared += Replace(() => consultation.Question, v => consultation.Question = v, Placeholder);
            cleared += Clear(() => consultation.AnswerText, v => consultation.AnswerText = v);
            removed += RemoveAll(db.ChecklistAnswers, consultation.ChecklistAnswers);
        }

        var conferences = await db.Conferences.Include(c => c.AgreedSteps).Include(c => c.Invitations)
            .Where(c => c.CaseId == caseId).ToListAsync(cancellationToken);
        foreach (var conference in conferences)
        {
            cleared += Replace(() => conference.Agenda, v => conference.Agenda = v, Placeholder);
            cleared += Clear(() => conference.Place, v => conference.Place = v);
            cleared += Clear(() => conference.VideoLink, v => conference.VideoLink = v);
            cleared += Clear(() => conference.ProtocolSummary, v => conference.ProtocolSummary = v);
            cleared += Clear(() => conference.ReviewOfEarlierMeasures, v => conference.ReviewOfEarlierMeasures = v);
            removed += RemoveAll(db.AgreedSteps, conference.AgreedSteps);
            foreach (var invitation in conference.Invitations)
            {
                cleared += Clear(() => invitation.NotInvitedReason, v => invitation.NotInvitedReason = v);
            }
        }

        // Findings stay (they describe structures, not people) but lose the way back to the person.
        var findings = await db.Findings.Where(f => f.LinkedCaseId == caseId).ToListAsync(cancellationToken);
        foreach (var finding in findings)
        {
            finding.LinkedCaseId = null;
            cleared++;
        }

        return (removed, cleared);
    }

    private static int RemoveAll<T>(DbSet<T> set, List<T> items) where T : class
    {
        var count = items.Count;
        set.RemoveRange(items);
        items.Clear();
        return count;
    }

    private static int Clear(Func<string?> get, Action<string?> set)
    {
        if (get() is null)
        {
            return 0;
        }

        set(null);
        return 1;
    }

    private static int Replace(Func<string> get, Action<string> set, string replacement)
    {
        if (get() == replacement)
        {
            return 0;
        }

        set(replacement);
        return 1;
    }
}
