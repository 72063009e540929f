using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Kim.Workflows.Notifications.Mail;

/// <summary>
/// Writes each mail as <c>{Message-Id}.eml</c> into a folder (the embedded default without SMTP, or
/// a relay's pickup directory). The file appears atomically (temp file, then rename), so a reader
/// never sees half a mail, and a second send of the same Message-Id leaves the existing file alone.
/// </summary>
public sealed class PickupFolderMailTransport : IMailTransport
{
    private const int MaxFileNameStem = 150;

    private readonly MimeMessageBuilder builder;
    private readonly ILogger<PickupFolderMailTransport> logger;

    public PickupFolderMailTransport(IOptions<MailOptions> options, MimeMessageBuilder builder, ILogger<PickupFolderMailTransport>? logger = null)
    {
        Directory = Path.GetFullPath(options.Value.PickupDirectory);
        this.builder = builder;
        this.logger = logger ?? NullLogger<PickupFolderMailTransport>.Instance;
    }

    /// <summary>The absolute folder the files go to.</summary>
    public string Directory { get; }

    public async Task SendAsync(OutgoingMail mail, CancellationToken cancellationToken = default)
    {
        var message = builder.Build(mail);
        var target = Path.Combine(Directory, FileNameFor(mail.MessageId));
        if (File.Exists(target))
        {
            logger.LogDebug("Mail {MessageId} is already in the pickup folder.", mail.MessageId);
            return;
        }

        // Dot prefix and .tmp suffix: pickup readers that look for *.eml never see the partial file.
        var temp = Path.Combine(Directory, $".{Guid.NewGuid():N}.tmp");
        try
        {
            System.IO.Directory.CreateDirectory(Directory);
            await using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 16 * 1024, FileOptions.Asynchronous))
            {
                // CRLF as on the wire (RFC 5322), whatever the server's platform.
                var format = FormatOptions.Default.Clone();
                format.NewLineFormat = NewLineFormat.Dos;
                await message.WriteToAsync(format, stream, cancellationToken).ConfigureAwait(false);
                await stream.FlushAsync(cancellationToken).ConfigureAwait(false);
                stream.Flush(flushToDisk: true);
            }

            try
            {
                File.Move(temp, target, overwrite: false);
            }
            catch (IOException) when (File.Exists(target))
            {
                // A concurrent attempt for the same mail won the race; its file is complete.
                logger.LogDebug("Mail {MessageId} was written concurrently; keeping the first file.", mail.MessageId);
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new MailDeliveryException(
                $"Could not write mail {mail.MessageId} to pickup folder '{Directory}': {exception.Message}",
                isTransient: exception is IOException,
                innerException: exception);
        }
        finally
        {
            TryDelete(temp);
        }

        logger.LogInformation("Mail {MessageId} written to pickup folder {Directory}.", mail.MessageId, Directory);
    }

    /// <summary>
    /// A file name that is safe on every file system. When characters had to be replaced, a short
    /// hash of the original id keeps two different ids from ending up in the same file.
    /// </summary>
    internal static string FileNameFor(string messageId)
    {
        var builder = new StringBuilder(messageId.Length);
        foreach (var c in messageId)
        {
            builder.Append(char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_' or '@' or '+' ? c : '_');
        }

        var stem = builder.ToString().TrimStart('.');
        if (stem.Length > MaxFileNameStem)
        {
            stem = stem[..MaxFileNameStem];
        }

        if (stem != messageId)
        {
            var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(messageId)))[..12];
            stem = $"{stem}-{hash}";
        }

        return stem + ".eml";
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
            // Best effort: a leftover .tmp file is harmless and ignored by pickup readers.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
