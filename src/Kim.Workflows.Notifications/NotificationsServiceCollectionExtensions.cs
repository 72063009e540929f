using Kim.Workflows.Notifications.Calendar;
using Kim.Workflows.Notifications.Links;
using Kim.Workflows.Notifications.Mail;
using Kim.Workflows.Notifications.Templates;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Kim.Workflows.Notifications;

/// <summary>Registers the notification layer: templates, mail transport, iCalendar and answer links.</summary>
public static class NotificationsServiceCollectionExtensions
{
    /// <summary>
    /// Adds the notification services. Options can also be bound from configuration by the host
    /// (<c>services.Configure&lt;MailOptions&gt;(section)</c>); the delegates here run in addition.
    /// Invalid options fail the host start (<c>ValidateOnStart</c>); call
    /// <see cref="ValidateKimWorkflowsNotifications"/> at start-up to also load the templates early. The host registers the
    /// <see cref="TimeProvider"/>.
    /// </summary>
    public static IServiceCollection AddKimWorkflowsNotifications(
        this IServiceCollection services,
        Action<TemplateOptions>? configureTemplates = null,
        Action<MailOptions>? configureMail = null,
        Action<AnswerLinkOptions>? configureLinks = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<TemplateOptions>().Configure(o => configureTemplates?.Invoke(o)).ValidateOnStart();
        services.AddOptions<MailOptions>().Configure(o => configureMail?.Invoke(o)).ValidateOnStart();
        services.AddOptions<AnswerLinkOptions>().Configure(o => configureLinks?.Invoke(o)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<MailOptions>, MailOptionsValidator>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<AnswerLinkOptions>, AnswerLinkOptionsValidator>());

        services.TryAddSingleton(sp => TemplateCatalog.Load(sp.GetRequiredService<IOptions<TemplateOptions>>().Value.Directory));
        services.TryAddSingleton<TemplateRenderer>();
        services.TryAddSingleton<MimeMessageBuilder>();
        services.TryAddSingleton(MailTransportSelector.Create);
        services.TryAddSingleton(sp =>
        {
            var mail = sp.GetRequiredService<IOptions<MailOptions>>().Value;
            return new RetryPolicy(mail.RetryInitialDelay, mail.RetryMaxDelay, mail.RetryWindow);
        });
        services.TryAddSingleton<IcsBuilder>();
        services.TryAddSingleton<AnswerLinkSigner>();
        return services;
    }

    /// <summary>
    /// Resolves every notification service once: parses all templates (a broken one throws
    /// <see cref="TemplateException"/> with file, line and column), checks the signing key, and
    /// logs which mail transport is in use. Call it while the host starts.
    /// </summary>
    public static void ValidateKimWorkflowsNotifications(this IServiceProvider services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.GetRequiredService<TemplateRenderer>();
        services.GetRequiredService<IMailTransport>();
        services.GetRequiredService<AnswerLinkSigner>();
    }
}
