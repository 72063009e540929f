using System.IO.Compression;
using System.Text.Encodings.Web;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using Kim.Workflows.Runtime;
using Kim.Workflows.Web.Cases;
using Kim.Workflows.Web.Auth;
using Kim.Workflows.Web.Health;
using Kim.Workflows.Web.Inbox;
using Kim.Workflows.Web.Infrastructure;
using Kim.Workflows.Web.Monitor;
using Kim.Workflows.Web.Definitions;
using Kim.Workflows.Web.Privacy;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.WebEncoders;

namespace Kim.Workflows.Web;

public static class WebApplicationBuilderExtensions
{
    /// <summary>Registers everything the web host needs: API, pages, catalog, seeding.</summary>
    public static WebApplicationBuilder AddKimWorkflowsWeb(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<KimWebOptions>().Bind(builder.Configuration.GetSection(KimWebOptions.Section));
        // Registered before AddProblemDetails: the first writer that can write wins, so browsers get HTML.
        services.AddSingleton<IProblemDetailsWriter, HtmlProblemDetailsWriter>();
        services.AddProblemDetails(o => o.CustomizeProblemDetails = GermanProblemDetails.Customize);
        // Unreadable JSON is the caller's mistake: 400 in every environment (Development would otherwise throw and answer 500).
        services.Configure<Microsoft.AspNetCore.Routing.RouteHandlerOptions>(o => o.ThrowOnBadRequest = false);
        services.AddOpenApi();
        services.AddRazorPages();
        // German text in pages as is (ä, ö, ü, ß), not as &#xF6; entities; markup characters stay escaped.
        services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new JsonStringEnumConverter(System.Text.Json.JsonNamingPolicy.CamelCase)));

        // The designer bundle is ~2 MB of JavaScript: compress it once per client (it is cached as immutable).
        services.AddResponseCompression(o =>
        {
            o.Providers.Add<BrotliCompressionProvider>();
            o.Providers.Add<GzipCompressionProvider>();
        });
        services.Configure<BrotliCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
        services.Configure<GzipCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);

        services.AddSingleton(TimeProvider.System);
        AddRuntime(builder);
        services.AddSingleton<IDefinitionCatalog, EfDefinitionCatalog>();
        builder.AddKimWorkflowsCases();
        builder.AddKimAuth();
        builder.AddKimOperations();
        builder.AddKimInbox();
        builder.AddKimMonitor();
        builder.AddKimHealth();
        return builder;
    }

    /// <summary>
    /// The durable runtime, configured from <c>KimWorkflows:Runtime</c> (embedded default: a SQLite file in
    /// <c>data/</c>, Hangfire in memory). Relative folders resolve against the repository root when the app
    /// runs from a checkout; the workflows in <c>workflows/</c> are deployed at start-up.
    /// </summary>
    private static void AddRuntime(WebApplicationBuilder builder)
    {
        var section = builder.Configuration.GetSection("KimWorkflows:Runtime");
        var contentRoot = builder.Environment.ContentRootPath;
        builder.Services.AddSingleton(WorkingDayCalendarConfiguration.Read(builder.Configuration));
        builder.Services.AddKimWorkflowsRuntime(o =>
        {
            section.Bind(o);
            o.DataDirectory = RepositoryPaths.Resolve(contentRoot, o.DataDirectory);
            o.WorkflowsDirectory = RepositoryPaths.Resolve(contentRoot, o.WorkflowsDirectory ?? "workflows");
        });
    }
}
