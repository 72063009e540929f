using Kim.Workflows.Domain.Cases;
using Kim.Workflows.Domain.Persistence;
using Kim.Workflows.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kim.Workflows.Web.Tests.Cases;

/// <summary>Helpers for the case-file edit pages: a case of a demo user, the database, and form posts with the page's antiforgery token.</summary>
internal static class CaseEditPages
{
    public static async Task<T> DbAsync<T>(WebApplicationFactory<Program> factory, Func<KimDbContext, Task<T>> query)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<KimDbContext>());
    }

    /// <summary>An open, not anonymised demo case of <paramref name="responsible"/> (optionally one without any consent yet).</summary>
    public static Task<Fallakte> OpenCaseOfAsync(WebApplicationFactory<Program> factory, string responsible, int skip = 0, bool withoutConsents = false) =>
        DbAsync(factory, db => db.Cases.AsNoTracking().Include(c => c.Client)
            .Where(c => c.ResponsibleCaseManager == responsible && c.AnonymizedAt == null && c.ClosedAt == null)
            .Where(c => !withoutConsents || !c.Consents.Any())
            .OrderBy(c => c.CaseNumber).Skip(skip).FirstAsync());

    /// <summary>
    /// Loads <paramref name="page"/> (or <paramref name="tokenFrom"/>, for a user the page refuses) for its antiforgery token and
    /// posts the fields (repeated names allowed) to the handler.
    /// </summary>
    public static async Task<HttpResponseMessage> PostAsync(
        HttpClient client, string page, string handler, IEnumerable<(string Name, string Value)> fields, string? tokenFrom = null)
    {
        var html = await client.GetStringAsync(tokenFrom ?? page);
        var content = new FormUrlEncodedContent(
            [.. fields.Select(f => KeyValuePair.Create(f.Name, f.Value)), KeyValuePair.Create("__RequestVerificationToken", SignIn.FormToken(html))]);
        var separator = page.Contains('?', StringComparison.Ordinal) ? "&" : "?";
        return await client.PostAsync($"{page}{separator}handler={handler}", content);
    }
}
