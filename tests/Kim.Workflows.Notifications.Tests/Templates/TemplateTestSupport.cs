using Kim.Workflows.Notifications.Templates;
using Microsoft.Extensions.Options;

namespace Kim.Workflows.Notifications.Tests.Templates;

internal static class TemplateTestSupport
{
    /// <summary>The repository's templates/ folder, copied next to the test assembly.</summary>
    public static string ShippedTemplates => Path.Combine(AppContext.BaseDirectory, "templates");

    public static TemplateOptions Options(string? directory = null) => new()
    {
        Directory = directory ?? ShippedTemplates,
        Globals = { ["organisation"] = "Kommunales Integrationsmanagement (Testumgebung)" },
    };

    public static TemplateRenderer Renderer(string? directory = null, Action<TemplateOptions>? configure = null)
    {
        var options = Options(directory);
        configure?.Invoke(options);
        return new TemplateRenderer(TemplateCatalog.Load(options.Directory), Microsoft.Extensions.Options.Options.Create(options));
    }
}
