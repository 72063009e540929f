using Kim.Workflows.Application;
using Kim.Workflows.Notifications.Links;
using Kim.Workflows.Notifications.Mail;
using Kim.Workflows.Notifications.Templates;
using Kim.Workflows.Web.Infrastructure;
using Kim.Workflows.Web.Partners;

namespace Kim.Workflows.Web.Cases;

/// <summary>
/// The KIM application in the web host: handlers, domain, notifications (sections <c>KimWorkflows:Application</c>,
/// <c>KimWorkflows:Mail</c>, <c>KimWorkflows:Templates</c>, <c>KimWorkflows:AnswerLinks</c>), the case pages
/// (<c>/faelle</c>, <c>/faelle/neu</c>, <c>/faelle/{id}</c>, see <see cref="CasePolicies"/>) and the partner answer page. Call after the runtime is registered.
/// </summary>
public static class CasesWebExtensions
{
    public static WebApplicationBuilder AddKimWorkflowsCases(this WebApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        var contentRoot = builder.Environment.ContentRootPath;
        builder.Services.AddKimWorkflowsApplication(o => configuration.GetSection(ApplicationOptions.Section).Bind(o));
        builder.Services.Configure<MailOptions>(configuration.GetSection("KimWorkflows:Mail"));
        builder.Services.Configure<AnswerLinkOptions>(configuration.GetSection("KimWorkflows:AnswerLinks"));
        builder.Services.Configure<TemplateOptions>(configuration.GetSection("KimWorkflows:Templates"));
        builder.Services.PostConfigure<TemplateOptions>(t => t.Directory = RepositoryPaths.Resolve(contentRoot, t.Directory));
        PartnerAnswerEndpoints.AddRateLimiting(builder.Services);
        builder.Services.Configure<Microsoft.AspNetCore.Authorization.AuthorizationOptions>(CasePolicies.Add);
        return builder;
    }

    public static WebApplication MapKimWorkflowsCases(this WebApplication app)
    {
        app.MapPartnerAnswers();
        return app;
    }
}
