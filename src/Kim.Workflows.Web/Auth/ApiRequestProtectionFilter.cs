using Kim.Workflows.Web.Infrastructure;
using Microsoft.AspNetCore.Antiforgery;

namespace Kim.Workflows.Web.Auth;

/// <summary>
/// CSRF protection of state-changing API calls made with the sign-in cookie: the same-origin checks of
/// <see cref="SameOriginFilter"/> and a valid antiforgery token in the <c>RequestVerificationToken</c> header
/// (the pages put it in <c>&lt;meta name="kim-antiforgery"&gt;</c>). Calls with an API key carry no ambient
/// credentials and skip both.
/// </summary>
internal sealed class ApiRequestProtectionFilter(IAntiforgery antiforgery) : IEndpointFilter
{
    public const string AntiforgeryHeader = "RequestVerificationToken";

    private static readonly SameOriginFilter SameOrigin = new();

    public ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var method = http.Request.Method;
        if (HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsOptions(method) || http.User.IsApiKey())
        {
            return next(context);
        }

        return SameOrigin.InvokeAsync(context, async c =>
        {
            if (!await antiforgery.IsRequestValidAsync(c.HttpContext))
            {
                return TypedResults.Problem(
                    detail: "Die Sicherheitsprüfung (Antiforgery-Token) ist fehlgeschlagen. Bitte laden Sie die Seite neu.",
                    statusCode: StatusCodes.Status403Forbidden, title: "Anfrage abgelehnt");
            }

            return await next(c);
        });
    }
}
