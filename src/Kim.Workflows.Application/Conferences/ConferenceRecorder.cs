using System.Security.Cryptography;
using System.Text;
using Kim.Workflows.Application.Handlers;
using Kim.Workflows.Application.Partners;
using Kim.Workflows.Domain.Conferences;
using Kim.Workflows.Domain.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Kim.Workflows.Application.Conferences;

/// <summary>
/// Keeps the case file's Fallkonferenz record in step with the <c>fallkonferenz</c> workflow: planned (consent check,
/// with the reason per partner not invited), invited or cancelled (invitation job), answers (answer links), held
/// (protocol task created) and protocol with agreed steps (protocol distribution). The record's id is the workflow's
/// <c>conferenceId</c> when that is a Guid, else derived from case number and conference id (as the calendar UID).
/// Recording never stops the workflow: a failure is logged (ids only) and the process goes on.
/// </summary>
public sealed class ConferenceRecorder(IServiceScopeFactory scopes, TimeProvider time, ILogger<ConferenceRecorder> logger)
{
    public static Guid RecordId(string caseNumber, string conferenceId) =>
        Guid.TryParse(conferenceId, out var id) ? id : new Guid(SHA256.HashData(Encoding.UTF8.GetBytes($"{caseNumber}|{conferenceId}")).AsSpan(0, 16));

    /// <summary>After the consent check: the plan (date, place, agenda, partners) and who is not invited and why.</summary>
    public Task PlannedAsync(string? caseNumber, IReadOnlyDictionary<string, object?> v, IReadOnlyList<ConsentVerdict> verdicts, CancellationToken cancellationToken) =>
        UpdateAsync(caseNumber, v, create: true, (conference, _) =>
        {
            var facts = ConferenceFacts.From(v, caseNumber);
            var rescheduled = facts is not null && conference.ScheduledAt != default && conference.ScheduledAt != facts.Start;
            if (facts is not null)
            {
                conference.ScheduledAt = facts.Start;
                conference.DurationMinutes = (int)Math.Max(15, (facts.End - facts.Start).TotalMinutes);
                conference.Place = facts.Location;
                conference.VideoLink = facts.VideoLink;
                conference.Agenda = string.Join("\n", facts.Agenda);
                conference.AnswerDeadline = facts.AnswerDeadline;
            }

            conference.ClientParticipates = Variables.Bool(v, "clientAttends");
            conference.Status = ConferenceStatus.Geplant;
            foreach (var verdict in verdicts.Where(x => x.Partner is not null))
            {
                var invitation = conference.Invitations.FirstOrDefault(i => i.PartnerOrganisationId == verdict.Partner!.Id);
                if (invitation is null)
                {
                    invitation = new ConferenceInvitation { ConferenceId = conference.Id, PartnerOrganisationId = verdict.Partner!.Id, Email = verdict.Partner.Email };
                    conference.Invitations.Add(invitation);
                }

                if (!verdict.Allowed)
                {
                    invitation.Answer = InvitationAnswer.NichtEingeladen;
                    invitation.NotInvitedReason = verdict.Reason;
                }
                else if (rescheduled || invitation.Answer == InvitationAnswer.NichtEingeladen)
                {
                    invitation.Answer = InvitationAnswer.Offen;
                    invitation.AnsweredAt = null;
                    invitation.NotInvitedReason = null;
                }
            }

            return Task.CompletedTask;
        }, cancellationToken);

    /// <summary>After the invitation job: invited (REQUEST) or cancelled (CANCEL).</summary>
    public Task InvitationsSentAsync(string? caseNumber, IReadOnlyDictionary<string, object?> v, bool cancelled, CancellationToken cancellationToken) =>
        UpdateAsync(caseNumber, v, create: false, (conference, _) =>
        {
            conference.Status = cancelled ? ConferenceStatus.Abgesagt : ConferenceStatus.Eingeladen;
            return Task.CompletedTask;
        }, cancellationToken);

    /// <summary>A partner's answer through the signed link reached the waiting conference.</summary>
    public Task AnsweredAsync(string caseNumber, string conferenceId, string partnerId, bool accepted, CancellationToken cancellationToken) =>
        UpdateAsync(caseNumber, new Dictionary<string, object?> { ["conferenceId"] = conferenceId }, create: false, async (conference, db) =>
        {
            var partner = (await PartnerDirectory.ResolveAsync(db, [partnerId], cancellationToken).ConfigureAwait(false))[partnerId];
            var invitation = partner is null ? null : conference.Invitations.FirstOrDefault(i => i.PartnerOrganisationId == partner.Id);
            if (invitation is not null)
            {
                invitation.Answer = accepted ? InvitationAnswer.Zugesagt : InvitationAnswer.Abgesagt;
                invitation.AnsweredAt = time.GetUtcNow();
            }
        }, cancellationToken);

    /// <summary>The protocol task was created: the conference took place.</summary>
    public Task HeldAsync(string caseNumber, string conferenceId, CancellationToken cancellationToken) =>
        UpdateAsync(caseNumber, new Dictionary<string, object?> { ["conferenceId"] = conferenceId }, create: false, (conference, _) =>
        {
            if (conference.Status is ConferenceStatus.Geplant or ConferenceStatus.Eingeladen)
            {
                conference.Status = ConferenceStatus.Durchgefuehrt;
            }

            return Task.CompletedTask;
        }, cancellationToken);

    /// <summary>The protocol was written and distributed: summary, review of earlier measures and agreed steps.</summary>
    public Task ProtocolAsync(string? caseNumber, IReadOnlyDictionary<string, object?> v, IReadOnlyList<object?> steps, CancellationToken cancellationToken) =>
        UpdateAsync(caseNumber, v, create: false, (conference, _) =>
        {
            conference.Status = ConferenceStatus.Protokolliert;
            conference.ProtocolSummary = Variables.String(v, "protokollText");
            conference.ReviewOfEarlierMeasures = Variables.String(v, "rueckblick");
            conference.ProtocolWrittenAt ??= time.GetUtcNow();
            if (conference.AgreedSteps.Count == 0)
            {
                foreach (var step in steps.OfType<IReadOnlyDictionary<string, object?>>())
                {
                    conference.AgreedSteps.Add(new AgreedStep
                    {
                        ConferenceId = conference.Id,
                        Description = Variables.String(step, "massnahme") ?? "",
                        Responsible = Variables.String(step, "verantwortlich") ?? "KIM",
                        DueOn = DateOnly.TryParse(Variables.String(step, "frist"), System.Globalization.CultureInfo.InvariantCulture, out var due) ? due : null,
                    });
                }
            }

            return Task.CompletedTask;
        }, cancellationToken);

    private async Task UpdateAsync(
        string? businessKey, IReadOnlyDictionary<string, object?> v, bool create, Func<Fallkonferenz, KimDbContext, Task> change, CancellationToken cancellationToken)
    {
        var caseNumber = Variables.String(v, "caseNumber") ?? businessKey;
        var conferenceId = Variables.String(v, "conferenceId");
        if (caseNumber is null || conferenceId is null)
        {
            return;
        }

        var id = RecordId(caseNumber, conferenceId);
        // Answers arrive in parallel and the record has a concurrency token: re-read and re-apply on a conflict.
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<KimDbContext>();
                var conference = await db.Conferences.Include(c => c.Invitations).Include(c => c.AgreedSteps)
                    .FirstOrDefaultAsync(c => c.Id == id, cancellationToken).ConfigureAwait(false);
                var added = false;
                if (conference is null)
                {
                    var file = await db.Cases.AsNoTracking().Where(c => c.CaseNumber == caseNumber).Select(c => new { c.Id, c.DistrictId })
                        .FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
                    if (!create || file is null)
                    {
                        return;
                    }

                    conference = new Fallkonferenz
                    {
                        Id = id, CaseId = file.Id, DistrictId = file.DistrictId, Kind = ConferenceKind.Individuell,
                        Agenda = "", OrganisedBy = Variables.String(v, "caseManager") ?? "system",
                    };
                    db.Conferences.Add(conference);
                    added = true;
                }

                var invitations = conference.Invitations.Count;
                var steps = conference.AgreedSteps.Count;
                await change(conference, db).ConfigureAwait(false);
                if (!added)
                {
                    // Children with client-made keys: mark new rows as added, or EF would update rows that do not exist.
                    foreach (var invitation in conference.Invitations.Skip(invitations))
                    {
                        db.Entry(invitation).State = EntityState.Added;
                    }

                    foreach (var step in conference.AgreedSteps.Skip(steps))
                    {
                        db.Entry(step).State = EntityState.Added;
                    }

                    conference.Version++;
                }

                await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
                return;
            }
            catch (DbUpdateConcurrencyException) when (attempt < 5)
            {
            }
            catch (Exception e) when (e is DbUpdateException or InvalidOperationException)
            {
                logger.LogWarning(e, "Fallkonferenz record {ConferenceId} not updated", id);
                return;
            }
        }
    }
}
