using System.Net;
using Kim.Workflows.Domain.Access;
using Kim.Workflows.Domain.Cases;
using Kim.Workflows.Domain.Persistence;
using Kim.Workflows.Web.Tests.Controlling;
using Kim.Workflows.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kim.Workflows.Web.Tests.Cases;

/// <summary>/faelle/{id}: who may read which case file, and that every read and refusal is in the access log.</summary>
public sealed class CaseFileAccessTests(DemoDataFactory factory) : IClassFixture<DemoDataFactory>
{
    private async Task<T> DbAsync<T>(Func<KimDbContext, Task<T>> query)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<KimDbContext>());
    }

    private Task<Fallakte> CaseOfAsync(string responsible) =>
        DbAsync(db => db.Cases.AsNoTracking().Include(c => c.Client).FirstAsync(c => c.ResponsibleCaseManager == responsible && c.AnonymizedAt == null));

    private Task<int> LogCountAsync(Guid caseId, string user, AccessAction action) =>
        DbAsync(db => db.AccessLog.CountAsync(e => e.CaseId == caseId && e.UserName == user && e.Action == action));

    [Fact]
    public async Task The_responsible_case_manager_reads_the_file_and_every_read_is_logged()
    {
        var file = await CaseOfAsync("cm.ahlen");
        using var client = await SignIn.AsAsync(factory, "cm.ahlen", apiHeaders: false);
        var before = await LogCountAsync(file.Id, "cm.ahlen", AccessAction.Read);

        var html = await client.GetStringAsync($"/faelle/{file.Id}");
        Assert.Contains($"Fallakte {file.CaseNumber}", html, StringComparison.Ordinal);
        Assert.Contains(file.Client!.FamilyName, html, StringComparison.Ordinal);
        Assert.Contains("Einwilligungen (Schweigepflichtentbindungen)", html, StringComparison.Ordinal);
        Assert.Contains("Verlauf (Workflows, Aufgaben, E-Mails, Notizen)", html, StringComparison.Ordinal);
        await client.GetStringAsync($"/faelle/{file.CaseNumber}"); // links in mails name the case number

        Assert.Equal(before + 2, await LogCountAsync(file.Id, "cm.ahlen", AccessAction.Read));
        var entry = await DbAsync(db => db.AccessLog.AsNoTracking().Where(e => e.CaseId == file.Id && e.UserName == "cm.ahlen").OrderByDescending(e => e.Id).FirstAsync());
        Assert.Equal(("Fallakte", KimRole.CaseManager, file.CaseNumber), (entry.What, entry.Role, entry.CaseNumber));
    }

    [Theory]
    [InlineData("cm.nord1", "anderen Bezirk")]
    [InlineData("cm.beckum", "anderen Bezirk")]
    [InlineData("koord.leitung", "zusammengefasste Zahlen")]
    [InlineData("koord.nord", "zusammengefasste Zahlen")]
    [InlineData("abh.bleiberecht", "nicht die Fallakte")]
    [InlineData("ebh.einbuergerung", "nicht die Fallakte")]
    [InlineData("admin", "keine Falldaten")]
    [InlineData("prozess", "keinen Zugriff")]
    public async Task Other_roles_and_districts_get_403_with_the_reason_and_the_refusal_is_logged(string user, string reason)
    {
        var file = await CaseOfAsync("cm.ahlen");
        using var client = await SignIn.AsAsync(factory, user, apiHeaders: false);
        var before = await LogCountAsync(file.Id, user, AccessAction.Denied);

        var response = await client.GetAsync($"/faelle/{file.Id}");
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains(reason, html, StringComparison.Ordinal);
        Assert.DoesNotContain(file.Client!.FamilyName, html, StringComparison.Ordinal);
        Assert.Equal(before + 1, await LogCountAsync(file.Id, user, AccessAction.Denied));
        Assert.Equal(0, await LogCountAsync(file.Id, user, AccessAction.Read));
    }

    [Fact]
    public async Task A_colleague_of_the_same_district_who_is_neither_responsible_nor_deputy_is_refused()
    {
        var file = await DbAsync(db => db.Cases.AsNoTracking().FirstAsync(c => c.ResponsibleCaseManager == "cm.sued1" && c.DeputyCaseManager != "cm.sued3" && c.AnonymizedAt == null));
        using var client = await SignIn.AsAsync(factory, "cm.sued3", apiHeaders: false);
        var response = await client.GetAsync($"/faelle/{file.Id}");
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("Vertretung", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_file_is_404()
    {
        using var client = await SignIn.AsAsync(factory, "cm.ahlen", apiHeaders: false);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/faelle/{Guid.NewGuid()}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/faelle/KIM-1999-0001")).StatusCode);
    }

    [Fact]
    public async Task A_note_is_added_with_antiforgery_shown_in_the_timeline_and_logged_as_a_change()
    {
        var file = await CaseOfAsync("cm.ahlen");
        using var client = await SignIn.AsAsync(factory, "cm.ahlen", apiHeaders: false);
        var page = await client.GetStringAsync($"/faelle/{file.Id}");

        var withoutToken = await client.PostAsync($"/faelle/{file.Id}?handler=Notiz", new FormUrlEncodedContent(new Dictionary<string, string> { ["Notiz.Text"] = "ohne Token" }));
        Assert.Equal(HttpStatusCode.BadRequest, withoutToken.StatusCode);

        var empty = await client.PostAsync($"/faelle/{file.Id}?handler=Notiz", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Notiz.Text"] = "", ["__RequestVerificationToken"] = SignIn.FormToken(page),
        }));
        Assert.Contains("Bitte einen Text eingeben.", await empty.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var saved = await client.PostAsync($"/faelle/{file.Id}?handler=Notiz", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Notiz.Text"] = "Termin beim Jobcenter vereinbart", ["__RequestVerificationToken"] = SignIn.FormToken(page),
        }));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var after = await client.GetStringAsync(saved.Headers.Location!.ToString());
        Assert.Contains("Die Notiz ist gespeichert.", after, StringComparison.Ordinal);
        Assert.Contains("Termin beim Jobcenter vereinbart", after, StringComparison.Ordinal);
        Assert.True(await DbAsync(db => db.AccessLog.AnyAsync(e => e.CaseId == file.Id && e.Action == AccessAction.Update && e.What == "Notiz")));

        // Another district cannot write into the file either.
        using var other = await SignIn.AsAsync(factory, "cm.nord1", apiHeaders: false);
        var otherPage = await other.GetStringAsync("/faelle/neu");
        var refused = await other.PostAsync($"/faelle/{file.Id}?handler=Notiz", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Notiz.Text"] = "fremd", ["__RequestVerificationToken"] = SignIn.FormToken(otherPage),
        }));
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.False(await DbAsync(db => db.Notes.AnyAsync(n => n.Text == "fremd")));
    }
}
