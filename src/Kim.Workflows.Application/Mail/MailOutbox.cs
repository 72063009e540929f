using System.Text.Json;
using Kim.Workflows.Application.Persistence;
using Kim.Workflows.Notifications.Mail;
using Kim.Workflows.Runtime.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Kim.Workflows.Application.Mail;

/// <summary>
/// Sends the mails of a service-task job at most once each (per job and key): the rendered mail is stored
/// before the first attempt under a Message-Id derived from the job id, a stored mail is sent as stored,
/// and a sent one is never sent again. Transient failures are retried with <see cref="RetryPolicy"/>
/// (exponential back-off within 24 h); then, or on a permanent failure, the caller raises an incident.
/// </summary>
public sealed class MailOutbox(
    IDbContextFactory<ApplicationDbContext> contexts, IMailTransport transport, RetryPolicy policy, TimeProvider time,
    IOptions<ApplicationOptions> options, ILogger<MailOutbox> logger)
{
    public static string MessageIdFor(Guid jobId, string key, string domain) => $"{jobId:N}.{Sanitize(key)}@{domain}";

    /// <summary>Sends (or resumes) the mail <paramref name="key"/> of a job; <paramref name="compose"/> runs only for a mail not stored yet.</summary>
    public async Task<MailSendOutcome> SendAsync(
        ServiceTaskRequest job, string key, string template, Func<string, OutgoingMail> compose, CancellationToken cancellationToken)
    {
        var id = $"{job.JobId:N}:{key}";
        var now = time.GetUtcNow();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var record = await db.Mails.FirstOrDefaultAsync(m => m.Id == id, cancellationToken).ConfigureAwait(false);
        if (record is { Status: MailStatus.Sent })
        {
            return new MailSendOutcome(MailSendState.Sent, record.Recipients);
        }

        if (record is null)
        {
            var mail = compose(MessageIdFor(job.JobId, key, options.Value.MailDomain));
            record = new MailRecord
            {
                Id = id, JobId = job.JobId, InstanceId = job.InstanceId, CaseNumber = job.BusinessKey, Template = template,
                Recipients = string.Join(", ", mail.To.Concat(mail.Cc).Select(r => r.Address)), Subject = mail.Subject, MessageId = mail.MessageId,
                PayloadJson = JsonSerializer.Serialize(mail), Status = MailStatus.Pending, CreatedAt = now, FirstAttemptAt = now,
            };
            db.Mails.Add(record);
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }
        else if (record.Status == MailStatus.Failed)
        {
            // The incident was retried by a person: a new window of attempts.
            record.Status = MailStatus.Pending;
            record.Attempts = 0;
            record.FirstAttemptAt = now;
        }

        var stored = JsonSerializer.Deserialize<OutgoingMail>(record.PayloadJson)!;
        record.Attempts++;
        record.LastAttemptAt = now;
        try
        {
            await transport.SendAsync(stored, cancellationToken).ConfigureAwait(false);
            record.Status = MailStatus.Sent;
            record.SentAt = time.GetUtcNow();
            record.LastError = null;
            await db.SaveChangesAsync(CancellationToken.None).ConfigureAwait(false);
            return new MailSendOutcome(MailSendState.Sent, record.Recipients);
        }
        catch (MailDeliveryException e)
        {
            record.LastError = e.Message;
            var delay = e.IsTransient ? policy.NextDelay(record.Attempts, now - record.FirstAttemptAt) : null;
            if (delay is { } wait)
            {
                await db.SaveChangesAsync(CancellationToken.None).ConfigureAwait(false);
                logger.LogWarning("Mail {MessageId} to {Recipients} failed (attempt {Attempt}); next attempt in {Delay}: {Error}",
                    record.MessageId, record.Recipients, record.Attempts, wait, e.Message);
                return new MailSendOutcome(MailSendState.RetryLater, record.Recipients, now + wait, e.Message);
            }

            record.Status = MailStatus.Failed;
            await db.SaveChangesAsync(CancellationToken.None).ConfigureAwait(false);
            var why = e.IsTransient ? $"seit {now - record.FirstAttemptAt:%d' Tagen 'h' Std.'} ohne Erfolg" : "dauerhaft abgelehnt";
            return new MailSendOutcome(MailSendState.Failed, record.Recipients, null, $"Zustellung an {record.Recipients} {why}: {e.Message}");
        }
    }

    /// <summary>The job's answer for a set of mails: an incident if one failed, a retry at the earliest instant if one must wait, else null (all sent).</summary>
    public static ServiceTaskResult? Combine(IReadOnlyCollection<MailSendOutcome> outcomes)
    {
        var failed = outcomes.Where(o => o.State == MailSendState.Failed).ToList();
        if (failed.Count > 0)
        {
            return ServiceTaskResult.Incident(string.Join(" ", failed.Select(f => f.Error)));
        }

        var waiting = outcomes.Where(o => o.State == MailSendState.RetryLater).ToList();
        return waiting.Count > 0
            ? ServiceTaskResult.RetryLater(waiting.Min(o => o.RetryAt!.Value), string.Join("; ", waiting.Select(w => $"{w.Recipients}: {w.Error}")))
            : null;
    }

    private static string Sanitize(string key) => new(key.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '.' ? c : '-').ToArray());
}
