using Microsoft.Extensions.Options;
using MimeKit;

namespace Kim.Workflows.Notifications.Mail;

/// <summary>Refuses a mail configuration that could only fail later, at the first send.</summary>
internal sealed class MailOptionsValidator : IValidateOptions<MailOptions>
{
    public ValidateOptionsResult Validate(string? name, MailOptions options)
    {
        var failures = new List<string>();
        if (!MailboxAddress.TryParse(options.FromAddress, out var from) || from.Address.IndexOf('@') <= 0)
        {
            failures.Add($"MailOptions.FromAddress '{options.FromAddress}' is not a valid e-mail address.");
        }

        if (options.UsesPickupFolder)
        {
            if (string.IsNullOrWhiteSpace(options.PickupDirectory))
            {
                failures.Add("MailOptions.PickupDirectory is required when no Host is configured.");
            }
        }
        else if (options.Port is < 1 or > 65535)
        {
            failures.Add($"MailOptions.Port {options.Port} is not a TCP port.");
        }

        if (options.MaxConcurrentSends < 1)
        {
            failures.Add("MailOptions.MaxConcurrentSends must be at least 1.");
        }

        if (options.ConnectTimeout <= TimeSpan.Zero || options.OperationTimeout <= TimeSpan.Zero)
        {
            failures.Add("MailOptions.ConnectTimeout and OperationTimeout must be positive.");
        }

        if (options.RetryInitialDelay <= TimeSpan.Zero || options.RetryMaxDelay < options.RetryInitialDelay || options.RetryWindow <= TimeSpan.Zero)
        {
            failures.Add("MailOptions retry settings need 0 < RetryInitialDelay <= RetryMaxDelay and a positive RetryWindow.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
