using System.Security.Cryptography;
using Kim.Workflows.Notifications.Calendar;
using Kim.Workflows.Notifications.Links;
using Kim.Workflows.Notifications.Mail;
using Kim.Workflows.Notifications.Templates;
using Kim.Workflows.Notifications.Tests.Templates;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Kim.Workflows.Notifications.Tests;

public sealed class NotificationsServiceCollectionExtensionsTests : IDisposable
{
    private static readonly string Key = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    private readonly TempDirectory folder = new();

    public void Dispose() => folder.Dispose();

    private ServiceProvider Build(Action<MailOptions>? mail = null, string? key = null, string? templates = null)
    {
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(TestClock.At()); // the host's clock; the library registers none
        services.AddKimWorkflowsNotifications(
            t => t.Directory = templates ?? TemplateTestSupport.ShippedTemplates,
            m =>
            {
                m.FromAddress = "kim-workflows@kim.example.invalid";
                m.PickupDirectory = Path.Combine(folder.Path, "pickup");
                mail?.Invoke(m);
            },
            l => l.SigningKey = key ?? Key);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    [Fact]
    public void Without_a_host_the_pickup_folder_is_used()
    {
        using var provider = Build();

        provider.ValidateKimWorkflowsNotifications();

        Assert.IsType<PickupFolderMailTransport>(provider.GetRequiredService<IMailTransport>());
        Assert.Same(provider.GetRequiredService<IMailTransport>(), provider.GetRequiredService<IMailTransport>());
        Assert.NotNull(provider.GetRequiredService<IcsBuilder>());
        Assert.Equal(TimeSpan.FromHours(24), provider.GetRequiredService<RetryPolicy>().Window);
    }

    [Fact]
    public void With_a_host_SMTP_is_used()
    {
        using var provider = Build(m => m.Host = "smtp.kim.example.invalid");

        Assert.IsType<SmtpMailTransport>(provider.GetRequiredService<IMailTransport>());
    }

    [Fact]
    public void A_short_signing_key_fails_validation_with_a_clear_message()
    {
        using var provider = Build(key: Convert.ToBase64String(new byte[16]));

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<AnswerLinkOptions>>().Value);

        Assert.Contains("at least 32", error.Message);
    }

    [Fact]
    public void An_invalid_sender_fails_validation()
    {
        using var provider = Build(m => m.FromAddress = "keine-adresse");

        Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<MailOptions>>().Value);
    }

    [Fact]
    public void A_broken_template_stops_the_start()
    {
        folder.Write("kaputt.subject.sbn", "Betreff");
        folder.Write("kaputt.html.sbn", "{{ if }}");
        folder.Write("kaputt.txt.sbn", "x");
        using var provider = Build(templates: folder.Path);

        var error = Assert.Throws<TemplateException>(provider.ValidateKimWorkflowsNotifications);

        Assert.Equal("kaputt.html.sbn", error.TemplateFile);
    }

    [Fact]
    public void The_renderer_from_the_container_renders_a_shipped_notice()
    {
        using var provider = Build();
        var renderer = provider.GetRequiredService<TemplateRenderer>();
        var model = new Dictionary<string, object?>(SampleModels.For("aufgabe-zugewiesen"));

        // Without the configured 'organisation' global the layouts cannot render: strict variables.
        var error = Assert.Throws<TemplateException>(() => renderer.Render("aufgabe-zugewiesen", model));
        Assert.Contains("organisation", error.Message);

        model["organisation"] = "Kommunales Integrationsmanagement";
        Assert.Contains("Zielvereinbarung abstimmen", renderer.Render("aufgabe-zugewiesen", model).TextBody);
    }
}
