using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Mvc;

namespace Kim.Workflows.Web.Infrastructure;

/// <summary>
/// Problem details the framework writes itself (an unhandled exception, a status code page, unreadable JSON) get a
/// German title; an unhandled exception never shows its English default ("An error occurred while processing your request.").
/// </summary>
internal static class GermanProblemDetails
{
    private static readonly Dictionary<int, string> Titles = new()
    {
        [StatusCodes.Status400BadRequest] = "Ungültige Anfrage",
        [StatusCodes.Status401Unauthorized] = "Nicht angemeldet",
        [StatusCodes.Status403Forbidden] = "Keine Berechtigung",
        [StatusCodes.Status404NotFound] = "Nicht gefunden",
        [StatusCodes.Status405MethodNotAllowed] = "Methode nicht erlaubt",
        [StatusCodes.Status406NotAcceptable] = "Format nicht lieferbar",
        [StatusCodes.Status409Conflict] = "Konflikt",
        [StatusCodes.Status413PayloadTooLarge] = "Anfrage zu groß",
        [StatusCodes.Status415UnsupportedMediaType] = "Format nicht unterstützt",
        [StatusCodes.Status422UnprocessableEntity] = "Nicht verarbeitbar",
        [StatusCodes.Status429TooManyRequests] = "Zu viele Anfragen",
        [StatusCodes.Status500InternalServerError] = "Interner Fehler",
        [StatusCodes.Status503ServiceUnavailable] = "Dienst nicht verfügbar",
    };

    /// <summary>Replaces a title only where the framework left its English default: our own German titles stay.</summary>
    public static void Customize(ProblemDetailsContext context)
    {
        var problem = context.ProblemDetails;
        var status = problem.Status ?? context.HttpContext.Response.StatusCode;
        var frameworkTitle = problem.Title is null || IsEnglishDefault(problem.Title, status);
        if (context.Exception is not null || (status >= StatusCodes.Status500InternalServerError && frameworkTitle))
        {
            problem.Title = Titles.GetValueOrDefault(status, "Interner Fehler");
            problem.Detail = "Die Anfrage konnte nicht verarbeitet werden; es wurde nichts gespeichert. Bitte versuchen Sie es erneut oder wenden Sie sich an die Administration.";
            return;
        }

        if (frameworkTitle)
        {
            problem.Title = Titles.GetValueOrDefault(status, "Fehler");
        }
    }

    // The framework's default titles are the English reason phrases (RFC 9110 names) and one sentence for 500.
    private static bool IsEnglishDefault(string title, int status) =>
        title == Microsoft.AspNetCore.WebUtilities.ReasonPhrases.GetReasonPhrase(status) || title == "An error occurred while processing your request.";
}

/// <summary>
/// A browser that navigates to a page gets a German HTML page for an error, never raw problem JSON. API calls
/// (<c>/api/…</c>) and clients that do not ask for HTML keep problem details.
/// </summary>
internal sealed class HtmlProblemDetailsWriter : IProblemDetailsWriter
{
    // Umlauts as they are; markup characters escaped.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(System.Text.Unicode.UnicodeRanges.All);

    public bool CanWrite(ProblemDetailsContext context)
    {
        var request = context.HttpContext.Request;
        return !request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase)
            && request.Headers.Accept.Any(a => a is not null && a.Contains("text/html", StringComparison.OrdinalIgnoreCase));
    }

    public async ValueTask WriteAsync(ProblemDetailsContext context)
    {
        GermanProblemDetails.Customize(context);
        var problem = context.ProblemDetails;
        var html = Encoder;
        var title = html.Encode(problem.Title ?? "Fehler");
        var detail = problem.Detail is null ? "" : $"<p>{html.Encode(problem.Detail)}</p>";
        var response = context.HttpContext.Response;
        response.ContentType = "text/html; charset=utf-8";
        await response.WriteAsync($"""
            <!DOCTYPE html>
            <html lang="de"><head><meta charset="utf-8"><title>{title} – KIM Workflows</title></head>
            <body><main><h1>{title}</h1>{detail}<p><a href="/">Zur Startseite</a></p></main></body></html>
            """, context.HttpContext.RequestAborted);
    }
}
