using Microsoft.Extensions.Options;

namespace Kim.Workflows.Notifications.Links;

/// <summary>Fails the start when the signing key is missing or too short, instead of at the first invitation.</summary>
internal sealed class AnswerLinkOptionsValidator : IValidateOptions<AnswerLinkOptions>
{
    public ValidateOptionsResult Validate(string? name, AnswerLinkOptions options)
    {
        try
        {
            _ = new AnswerLinkSigner(Options.Create(options));
            return ValidateOptionsResult.Success;
        }
        catch (InvalidOperationException exception)
        {
            return ValidateOptionsResult.Fail(exception.Message);
        }
    }
}
