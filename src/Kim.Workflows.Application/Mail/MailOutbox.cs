using System.Collections.Concurrent;
using System.Text.Json;
using Kim.Workflows.Application.Persistence;
using Kim.Workflows.Notifications.Mail;
using Kim.Workflows.Runtime.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Kim.Workflows.Application.Mail;

/// <summary>
/// Sends the mails of a service-task job (and the task notices) once each in the normal case: the rendered mail is stored
/// before the first attempt under a Message-Id derived from the job id, a stored mail is sent as stored, and a sent one is
/// never sent again. Each attempt marks the mail <see cref="MailStatus.Sending"/> before the SMTP hand-off, so only a
/// mail in that state when the process dies can reach the recipient twice (same Message-Id; see docs/engine.md). Transient
/// failures are retried with <see cref="RetryPolicy"/> (delays capped at one minute, within 24 h); then, or on a permanent
/// failure, the caller raises an incident.
/// </summary>
public sealed class MailOutbox(
    IDbContextFactory<ApplicationDbContext> contexts, IMailTransport transport, RetryPolicy policy, TimeProvider time,
    IOptions<ApplicationOptions> options, IOptions<MailOptions> mailOptions, ILogger<MailOutbox> logger)
{
    /// <summary>How soon a caller that found its mail being sent by another attempt asks again.</summary>
    private static readonly TimeSpan InFlightRecheck = TimeSpan.FromSeconds(5);

    /// <summary>Mails this process is handing to SMTP right now: any other mail in <see cref="MailStatus.Sending"/> on SQLite is an orphan of a crash.</summary>
    private readonly ConcurrentDictionary<string, byte> _inFlight = new(StringComparer.Ordinal);

    public static string MessageIdFor(Guid jobId, string key, string domain) => $"{jobId:N}.{Sanitize(key)}@{domain}";

    /// <summary>Sends (or resumes) the mail <paramref name="key"/> of a job; <paramref name="compose"/> runs only for a mail not stored yet.</summary>
    public async Task<MailSendOutcome> SendAsync(
        ServiceTaskRequest job, string key, string template, Func<string, OutgoingMail> compose, CancellationToken cancellationToken)
    {
        var id = $"{job.JobId:N}:{key}";
        var now = time.GetUtcNow();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var record = await db.Mails.AsNoTracking().FirstOrDefaultAsync(m => m.Id == id, cancellationToken).ConfigureAwait(false);
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

        return await AttemptAsync(db, record, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Start-up: mails a crash left in <see cref="MailStatus.Sending"/> go out again at once with the same Message-Id (the
    /// server may have accepted them before the crash: at least once). Returns how many were sent.
    /// </summary>
    public async Task<int> ResendInterruptedAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var sending = await db.Mails.AsNoTracking().Where(m => m.Status == MailStatus.Sending).ToListAsync(cancellationToken).ConfigureAwait(false);
        var sent = 0;
        foreach (var record in sending)
        {
            if ((await AttemptAsync(db, record, cancellationToken).ConfigureAwait(false)).State == MailSendState.Sent)
            {
                sent++;
            }
        }

        if (sending.Count > 0)
        {
            logger.LogWarning("{Count} mail(s) were being sent when the process stopped; {Sent} sent again with their Message-Id", sending.Count, sent);
        }

        return sent;
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

    /// <summary>Claims the stored mail (Pending, Failed or an orphaned Sending → Sending), hands it to the transport and records the result.</summary>
    private async Task<MailSendOutcome> AttemptAsync(ApplicationDbContext db, MailRecord record, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var id = record.Id;
        if (record.Status == MailStatus.Sending && !IsOrphan(db, record, now))
        {
            return new MailSendOutcome(MailSendState.RetryLater, record.Recipients, now + InFlightRecheck, "Die E-Mail wird gerade gesendet.");
        }

        // A failed mail is tried again only because a person retried its incident: a new window of attempts.
        var windowStart = record.Status == MailStatus.Failed ? now : record.FirstAttemptAt;
        var attempts = (record.Status == MailStatus.Failed ? 0 : record.Attempts) + 1;
        var (seenStatus, seenAttempts) = (record.Status, record.Attempts);
        if (!_inFlight.TryAdd(id, 0))
        {
            return new MailSendOutcome(MailSendState.RetryLater, record.Recipients, now + InFlightRecheck, "Die E-Mail wird gerade gesendet.");
        }

        try
        {
            var claimed = await db.Mails.Where(m => m.Id == id && m.Status == seenStatus && m.Attempts == seenAttempts).ExecuteUpdateAsync(
                s => s.SetProperty(m => m.Status, MailStatus.Sending).SetProperty(m => m.Attempts, attempts)
                    .SetProperty(m => m.LastAttemptAt, now).SetProperty(m => m.FirstAttemptAt, windowStart),
                cancellationToken).ConfigureAwait(false);
            if (claimed == 0)
            {
                return new MailSendOutcome(MailSendState.RetryLater, record.Recipients, now + InFlightRecheck, "Die E-Mail wird gerade gesendet.");
            }

            return await HandOverAsync(db, record, attempts, windowStart, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _inFlight.TryRemove(id, out _);
        }
    }

    private async Task<MailSendOutcome> HandOverAsync(ApplicationDbContext db, MailRecord record, int attempts, DateTimeOffset windowStart, CancellationToken cancellationToken)
    {
        var id = record.Id;
        var now = time.GetUtcNow();
        try
        {
            await transport.SendAsync(JsonSerializer.Deserialize<OutgoingMail>(record.PayloadJson)!, cancellationToken).ConfigureAwait(false);
        }
        catch (MailDeliveryException e)
        {
            var error = e.Message;
            var delay = e.IsTransient ? policy.NextDelay(attempts, now - windowStart) : null;
            if (delay is { } wait)
            {
                await db.Mails.Where(m => m.Id == id).ExecuteUpdateAsync(
                    s => s.SetProperty(m => m.Status, MailStatus.Pending).SetProperty(m => m.LastError, error).SetProperty(m => m.NextAttemptAt, now + wait),
                    CancellationToken.None).ConfigureAwait(false);
                // Technical logs carry ids and counts only: the addresses and the server's reply (which often quotes
                // an address) stay in the mail record (LastError), which retention and erasure cover.
                logger.LogWarning("Mail {MessageId} failed (attempt {Attempt}, SMTP status {SmtpStatus}); next attempt in {Delay}",
                    record.MessageId, attempts, e.SmtpStatusCode, wait);
                return new MailSendOutcome(MailSendState.RetryLater, record.Recipients, now + wait, error);
            }

            await db.Mails.Where(m => m.Id == id).ExecuteUpdateAsync(
                s => s.SetProperty(m => m.Status, MailStatus.Failed).SetProperty(m => m.LastError, error).SetProperty(m => m.NextAttemptAt, (DateTimeOffset?)null),
                CancellationToken.None).ConfigureAwait(false);
            var why = e.IsTransient ? $"seit {now - windowStart:%d' Tagen 'h' Std.'} ohne Erfolg" : "dauerhaft abgelehnt";
            return new MailSendOutcome(MailSendState.Failed, record.Recipients, null, $"Zustellung an {record.Recipients} {why}: {error}");
        }
        catch
        {
            // Not handed over (a bug, or the caller stopped): back to Pending, nothing was sent.
            await db.Mails.Where(m => m.Id == id && m.Status == MailStatus.Sending).ExecuteUpdateAsync(
                s => s.SetProperty(m => m.Status, MailStatus.Pending), CancellationToken.None).ConfigureAwait(false);
            throw;
        }

        var sentAt = time.GetUtcNow();
        await db.Mails.Where(m => m.Id == id).ExecuteUpdateAsync(
            s => s.SetProperty(m => m.Status, MailStatus.Sent).SetProperty(m => m.SentAt, sentAt)
                .SetProperty(m => m.LastError, (string?)null).SetProperty(m => m.NextAttemptAt, (DateTimeOffset?)null),
            CancellationToken.None).ConfigureAwait(false);
        return new MailSendOutcome(MailSendState.Sent, record.Recipients);
    }

    /// <summary>
    /// A mail in <see cref="MailStatus.Sending"/> that no attempt is working on: on SQLite (one process per file) any not in
    /// flight here; on PostgreSQL (several nodes) one whose attempt is older than the SMTP time-outs allow.
    /// </summary>
    private bool IsOrphan(ApplicationDbContext db, MailRecord record, DateTimeOffset now)
    {
        if (_inFlight.ContainsKey(record.Id))
        {
            return false;
        }

        if (db.Database.IsSqlite())
        {
            return true;
        }

        var mail = mailOptions.Value;
        var longest = mail.ConnectTimeout + (4 * mail.OperationTimeout);
        return record.LastAttemptAt is not { } started || now - started > longest;
    }

    private static string Sanitize(string key) => new(key.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '.' ? c : '-').ToArray());
}
