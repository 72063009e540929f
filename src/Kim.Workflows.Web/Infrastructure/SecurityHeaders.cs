using Microsoft.Net.Http.Headers;

namespace Kim.Workflows.Web.Infrastructure;

/// <summary>
/// Security headers on every response (issue #15): a Content-Security-Policy without inline or evaluated script,
/// no framing, no MIME sniffing, no referrer to other sites, and <c>Cache-Control: no-store</c> on everything that
/// is not a static file (pages and API answers may hold personal data; deciding per page would be a rule someone
/// forgets). Headers are written when the response starts, so error pages and status-code pages get them too.
/// </summary>
internal static class SecurityHeaders
{
    /// <summary>
    /// Scripts only from this origin, no inline script, no eval. Inline styles stay allowed: bpmn-js, the properties
    /// panel and Chart.js position and size elements through <c>style</c> attributes set from script.
    /// Fonts and icons of the designer bundle are inlined as data: URLs by esbuild; exports download through blob: URLs.
    /// </summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
        "font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; " +
        "frame-ancestors 'none'";

    /// <summary>
    /// The one exception: the Scalar API reference (<c>/scalar</c>, Development only, later administrators only)
    /// starts itself with an inline script whose content carries the configuration, so it gets 'unsafe-inline' for
    /// scripts on that path alone. It shows the API description, no personal data, and is same-origin only.
    /// </summary>
    public const string ScalarContentSecurityPolicy =
        "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
        "font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; " +
        "frame-ancestors 'none'";

    public const string ScalarPath = "/scalar";

    private static readonly object StaticFileMarker = new();

    /// <summary>Called by the static-file middleware: this response is a static file and keeps its own caching.</summary>
    public static void MarkStaticFile(HttpContext context) => context.Items[StaticFileMarker] = true;

    public static IApplicationBuilder UseKimSecurityHeaders(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                Apply(context);
                return Task.CompletedTask;
            });
            return next(context);
        });

    private static void Apply(HttpContext context)
    {
        var headers = context.Response.Headers;
        headers[HeaderNames.ContentSecurityPolicy] = context.Request.Path.StartsWithSegments(ScalarPath)
            ? ScalarContentSecurityPolicy
            : ContentSecurityPolicy;
        headers[HeaderNames.XFrameOptions] = "DENY";
        headers[HeaderNames.XContentTypeOptions] = "nosniff";
        headers["Referrer-Policy"] = "same-origin";
        if (!context.Items.ContainsKey(StaticFileMarker))
        {
            headers[HeaderNames.CacheControl] = "no-store";
        }
    }
}
