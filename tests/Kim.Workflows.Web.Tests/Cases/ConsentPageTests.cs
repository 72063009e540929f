using System.Net;
using Kim.Workflows.Application.Partners;
using Kim.Workflows.Domain.Access;
using Kim.Workflows.Domain.Consents;
using Kim.Workflows.Domain.Persistence;
using Kim.Workflows.Domain.Seeding;
using Kim.Workflows.Web.Tests.Controlling;
using Kim.Workflows.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kim.Workflows.Web.Tests.Cases;

/// <summary>/faelle/{id}/einwilligungen: record, edit, revoke Schweigepflichtentbindungen through the page.</summary>
public sealed class ConsentPageTests(DemoDataFactory factory) : IClassFixture<DemoDataFactory>
{
    private async Task<List<(string, string)>> FieldsAsync(string purpose, string? given = "2026-01-15")
    {
        var jobcenter = await CaseEditPages.DbAsync(factory, db => db.Partners.Where(p => p.Name == DemoPartners.Jobcenter).Select(p => p.Id).SingleAsync());
        return
        [
            ("Einwilligung.PartnerOrganisationIds", jobcenter.ToString()),
            ("Einwilligung.DataCategories", nameof(DataCategory.Arbeit)),
            ("Einwilligung.DataCategories", nameof(DataCategory.Sprache)),
            ("Einwilligung.Purpose", purpose),
            ("Einwilligung.Form", nameof(ConsentForm.Schriftlich)),
            ("Einwilligung.RefusalConsequencesExplained", "true"),
            ("Einwilligung.GivenOn", given ?? ""),
        ];
    }

    private Task<Schweigepflichtentbindung?> ConsentAsync(Guid caseId, string purpose) =>
        CaseEditPages.DbAsync(factory, db => db.Consents.AsNoTracking().FirstOrDefaultAsync(c => c.CaseId == caseId && c.Purpose == purpose));

    [Fact]
    public async Task A_consent_is_recorded_edited_and_revoked_and_the_revocation_refuses_the_Fallkonferenz_at_once()
    {
        var file = await CaseEditPages.OpenCaseOfAsync(factory, "cm.ahlen", withoutConsents: true);
        using var client = await SignIn.AsAsync(factory, "cm.ahlen", apiHeaders: false);
        var page = $"/faelle/{file.Id}/einwilligungen";

        var recorded = await CaseEditPages.PostAsync(client, page, "Speichern", await FieldsAsync("Vermittlung in Arbeit"));
        Assert.Equal(HttpStatusCode.Redirect, recorded.StatusCode);
        Assert.Equal($"{page}?gespeichert=neu", recorded.Headers.Location!.OriginalString);
        var consent = (await ConsentAsync(file.Id, "Vermittlung in Arbeit"))!;
        Assert.Equal([DataCategory.Sprache, DataCategory.Arbeit], consent.DataCategories);

        var editPage = $"{page}?bearbeiten={consent.Id}";
        Assert.Contains("Vermittlung in Arbeit</textarea>", await client.GetStringAsync(editPage), StringComparison.Ordinal);
        var edit = new List<(string, string)>(await FieldsAsync("Vermittlung in Arbeit und Ausbildung"))
            { ("Einwilligung.ConsentId", consent.Id.ToString()), ("Einwilligung.Version", consent.Version.ToString(System.Globalization.CultureInfo.InvariantCulture)) };
        Assert.Equal(HttpStatusCode.Redirect, (await CaseEditPages.PostAsync(client, editPage, "Speichern", edit)).StatusCode);

        // A second form loaded with the same version: the edit above happened in between.
        var stale = await CaseEditPages.PostAsync(client, editPage, "Speichern", edit);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Contains("inzwischen von jemand anderem geändert", await stale.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var revoked = await CaseEditPages.PostAsync(client, $"{page}", $"Widerruf&consentId={consent.Id}", []);
        Assert.Equal($"{page}?gespeichert=widerrufen", revoked.Headers.Location!.OriginalString);
        var stored = (await ConsentAsync(file.Id, "Vermittlung in Arbeit und Ausbildung"))!;
        Assert.NotNull(stored.RevokedAt);
        Assert.Contains("widerrufen am", await client.GetStringAsync(page), StringComparison.Ordinal);

        await using var scope = factory.Services.CreateAsyncScope();
        var verdicts = await scope.ServiceProvider.GetRequiredService<ConsentGuard>().CheckAsync(
            scope.ServiceProvider.GetRequiredService<KimDbContext>(), file.CaseNumber, [consent.PartnerOrganisationIds[0].ToString()], ["arbeit"], CancellationToken.None);
        var verdict = Assert.Single(verdicts);
        Assert.False(verdict.Allowed);
        Assert.Contains("widerrufen", verdict.Reason, StringComparison.Ordinal);

        var afterRevocation = await CaseEditPages.PostAsync(client, editPage, "Speichern",
            [.. edit.Where(f => f.Item1 != "Einwilligung.Version"), ("Einwilligung.Version", stored.Version.ToString(System.Globalization.CultureInfo.InvariantCulture))]);
        Assert.Equal(HttpStatusCode.Conflict, afterRevocation.StatusCode);
        Assert.Contains("kann nicht mehr geändert werden", await afterRevocation.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invalid_entries_show_German_messages_next_to_the_fields_and_store_nothing()
    {
        var file = await CaseEditPages.OpenCaseOfAsync(factory, "cm.ahlen", skip: 1);
        using var client = await SignIn.AsAsync(factory, "cm.ahlen", apiHeaders: false);
        var fields = await FieldsAsync("Gesundheitsdaten an das Jobcenter", given: "kein Datum");
        fields.RemoveAll(f => f.Item1 == "Einwilligung.RefusalConsequencesExplained");

        var unreadable = await CaseEditPages.PostAsync(client, $"/faelle/{file.Id}/einwilligungen", "Speichern", fields);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, unreadable.StatusCode);
        Assert.Contains("Diese Angabe ist ungültig", await unreadable.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        fields = [.. fields.Where(f => f.Item1 != "Einwilligung.GivenOn"), ("Einwilligung.GivenOn", "2026-01-15"), ("Einwilligung.DataCategories", nameof(DataCategory.Gesundheit))];
        var invalid = await CaseEditPages.PostAsync(client, $"/faelle/{file.Id}/einwilligungen", "Speichern", fields);
        var html = await invalid.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.UnprocessableEntity, invalid.StatusCode);
        Assert.Contains("Folgen einer Verweigerung erklärt wurden. Bitte bestätigen.</span>", html, StringComparison.Ordinal);
        Assert.Contains("ausdrücklich nennt. Bitte bestätigen.</span>", html, StringComparison.Ordinal);
        Assert.Null(await ConsentAsync(file.Id, "Gesundheitsdaten an das Jobcenter"));
    }

    [Fact]
    public async Task A_case_manager_of_another_district_is_refused_with_403_and_logged()
    {
        var file = await CaseEditPages.OpenCaseOfAsync(factory, "cm.ahlen");
        using var owner = await SignIn.AsAsync(factory, "cm.ahlen", apiHeaders: false);
        using var other = await SignIn.AsAsync(factory, "cm.nord1", apiHeaders: false);
        var ownerPage = await owner.GetStringAsync($"/faelle/{file.Id}/einwilligungen");

        var read = await other.GetAsync($"/faelle/{file.Id}/einwilligungen");
        var post = await other.PostAsync($"/faelle/{file.Id}/einwilligungen?handler=Speichern", new FormUrlEncodedContent(
            [.. (await FieldsAsync("fremder Bezirk")).Select(f => KeyValuePair.Create(f.Item1, f.Item2)),
                KeyValuePair.Create("__RequestVerificationToken", SignIn.FormToken(await other.GetStringAsync("/faelle/neu")))]));

        Assert.Contains("Neue Schweigepflichtentbindung erfassen", ownerPage, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, read.StatusCode);
        Assert.Contains("anderen Bezirk", await read.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        Assert.Null(await ConsentAsync(file.Id, "fremder Bezirk"));
        Assert.True(await CaseEditPages.DbAsync(factory, db => db.AccessLog.AnyAsync(e =>
            e.CaseId == file.Id && e.UserName == "cm.nord1" && e.Action == AccessAction.Denied && e.What == "Schweigepflichtentbindung")));
    }

    [Fact]
    public async Task A_post_without_the_antiforgery_token_is_rejected()
    {
        var file = await CaseEditPages.OpenCaseOfAsync(factory, "cm.ahlen");
        using var client = await SignIn.AsAsync(factory, "cm.ahlen", apiHeaders: false);
        var response = await client.PostAsync($"/faelle/{file.Id}/einwilligungen?handler=Speichern",
            new FormUrlEncodedContent([.. (await FieldsAsync("ohne Token")).Select(f => KeyValuePair.Create(f.Item1, f.Item2))]));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null(await ConsentAsync(file.Id, "ohne Token"));
    }
}
