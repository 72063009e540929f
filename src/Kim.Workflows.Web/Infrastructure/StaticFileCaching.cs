using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Net.Http.Headers;

namespace Kim.Workflows.Web.Infrastructure;

/// <summary>
/// Cache headers for static files. Pages link them with <c>asp-append-version</c> (a content hash in <c>?v=</c>),
/// so a versioned URL never changes content and may be cached for a year; unversioned URLs revalidate by ETag.
/// </summary>
internal static class StaticFileCaching
{
    public static void Apply(StaticFileResponseContext context)
    {
        SecurityHeaders.MarkStaticFile(context.Context);
        var headers = context.Context.Response.Headers;
        headers[HeaderNames.CacheControl] = context.Context.Request.Query.ContainsKey("v")
            ? "public, max-age=31536000, immutable"
            : "no-cache";
    }
}
