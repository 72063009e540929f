using Kim.Workflows.Web.Cases;
using Kim.Workflows.Web.Api;
using Kim.Workflows.Web.Auth;
using Kim.Workflows.Web.Definitions;
using Kim.Workflows.Web.Health;
using Kim.Workflows.Web.Infrastructure;
using Kim.Workflows.Web.Privacy;
using Scalar.AspNetCore;

namespace Kim.Workflows.Web;

public static class WebApplicationExtensions
{
    /// <summary>The request pipeline and every route of the web host.</summary>
    public static WebApplication MapKimWorkflowsWeb(this WebApplication app)
    {
        app.UseKimSecurityHeaders();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseResponseCompression();
        app.UseStaticFiles(new StaticFileOptions { OnPrepareResponse = StaticFileCaching.Apply });
        app.UseKimAuth();

        if (app.Environment.IsDevelopment())
        {
            app.MapOpenApi();
            // /scalar; its default fonts would come from a third-party host, which the Content-Security-Policy refuses.
            app.MapScalarApiReference(o => o.DefaultFonts = false);
        }

        app.MapDefinitionsApi();
        app.MapKimWorkflowsCases();
        app.MapKimApi();
        app.MapKimOperations();
        app.MapKimHealth();
        app.MapRazorPages();
        return app;
    }
}
