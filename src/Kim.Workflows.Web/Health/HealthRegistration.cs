using System.Text.Json;
using Hangfire;
using Hangfire.Dashboard;
using Kim.Workflows.Web.Auth;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Kim.Workflows.Web.Health;

/// <summary><c>/health</c> (database, Hangfire and deliveries; anonymous, for load balancers and compose) and the Hangfire dashboard (administration).</summary>
public static class HealthRegistration
{
    public static WebApplicationBuilder AddKimHealth(this WebApplicationBuilder builder)
    {
        builder.Services.AddHealthChecks()
            .AddCheck<DatabaseHealthCheck>("datenbank", tags: ["ready"])
            .AddCheck<HangfireHealthCheck>("hangfire", tags: ["ready"])
            .AddCheck<DeliveryHealthCheck>("zustellung");
        return builder;
    }

    public static WebApplication MapKimHealth(this WebApplication app)
    {
        app.MapHealthChecks("/health", new HealthCheckOptions { ResponseWriter = WriteAsync }).AllowAnonymous();

        // Authorisation by the endpoint's policy (redirect to sign-in, 403 for other roles); Hangfire's own filter
        // would only allow local requests, so it is replaced by one that admits what the policy let through.
        app.MapHangfireDashboard("/hangfire", new DashboardOptions
        {
            Authorization = [new PolicyCheckedFilter()],
            DashboardTitle = "KIM Workflows – Hintergrundjobs",
            AppPath = "/monitor",
        }, app.Services.GetRequiredService<JobStorage>()).RequireAuthorization(KimPolicies.Administration);
        return app;
    }

    private static Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        return context.Response.WriteAsync(JsonSerializer.Serialize(new
        {
            status = report.Status.ToString(),
            durationMs = Math.Round(report.TotalDuration.TotalMilliseconds, 1),
            checks = report.Entries.ToDictionary(e => e.Key, e => new { status = e.Value.Status.ToString(), description = e.Value.Description }),
        }));
    }

    private sealed class PolicyCheckedFilter : IDashboardAuthorizationFilter
    {
        public bool Authorize(DashboardContext context) => context.GetHttpContext().User.IsInRole(KimRoles.Administration);
    }
}
