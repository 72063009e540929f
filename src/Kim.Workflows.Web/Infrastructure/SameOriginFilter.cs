namespace Kim.Workflows.Web.Infrastructure;

/// <summary>
/// Same-origin protection for state-changing API calls until sign-in and roles arrive (issue 5): a request
/// must carry <c>X-Requested-With</c> (a custom header forces a CORS preflight, which this host never grants,
/// so another site's page cannot send it), and a browser's <c>Origin</c> / <c>Sec-Fetch-Site</c> must not name
/// another site. With cookie sign-in this is joined by SameSite=Strict cookies and antiforgery tokens.
/// </summary>
internal sealed class SameOriginFilter : IEndpointFilter
{
    public const string HeaderName = "X-Requested-With";

    public ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var request = context.HttpContext.Request;
        if (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
        {
            return next(context);
        }

        if (string.IsNullOrWhiteSpace(request.Headers[HeaderName]))
        {
            return ValueTask.FromResult<object?>(Forbidden($"Änderungen über die API brauchen den Kopf '{HeaderName}'."));
        }

        var site = request.Headers["Sec-Fetch-Site"].ToString();
        if (site is "cross-site" or "same-site")
        {
            return ValueTask.FromResult<object?>(Forbidden("Anfragen von fremden Seiten sind nicht erlaubt."));
        }

        var origin = request.Headers.Origin.ToString();
        if (origin.Length > 0 && (!Uri.TryCreate(origin, UriKind.Absolute, out var uri)
            || !string.Equals(uri.Authority, request.Host.Value, StringComparison.OrdinalIgnoreCase)))
        {
            return ValueTask.FromResult<object?>(Forbidden("Anfragen von fremden Seiten sind nicht erlaubt."));
        }

        return next(context);
    }

    private static Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult Forbidden(string detail) =>
        TypedResults.Problem(detail: detail, statusCode: StatusCodes.Status403Forbidden, title: "Anfrage abgelehnt");
}
