using System.Globalization;
using System.Net;
using Kim.Workflows.Domain.Cases;
using Kim.Workflows.Domain.Clients;
using Kim.Workflows.Web.Tests.Controlling;
using Kim.Workflows.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Kim.Workflows.Web.Tests.Cases;

/// <summary>/faelle/{id}/haushalt, /kontakte and /stammdaten: forms, German messages, conflicts and refusals.</summary>
public sealed class HouseholdContactAndMasterDataPageTests(DemoDataFactory factory) : IClassFixture<DemoDataFactory>
{
    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);

    [Fact]
    public async Task Household_members_are_added_edited_and_removed_and_a_stale_removal_is_a_conflict()
    {
        var file = await CaseEditPages.OpenCaseOfAsync(factory, "cm.sued1");
        using var client = await SignIn.AsAsync(factory, "cm.sued1", apiHeaders: false);
        var page = $"/faelle/{file.Id}/haushalt";

        var added = await CaseEditPages.PostAsync(client, page, "Speichern",
            [("Mitglied.GivenName", "Yusuf"), ("Mitglied.BirthDate", "2016-04-02"), ("Mitglied.Relationship", nameof(HouseholdRelationship.Kind))]);
        Assert.Equal($"{page}?gespeichert=neu", added.Headers.Location!.OriginalString);
        var member = await CaseEditPages.DbAsync(factory, db => db.HouseholdMembers.AsNoTracking().SingleAsync(m => m.CaseId == file.Id && m.GivenName == "Yusuf"));

        var edited = await CaseEditPages.PostAsync(client, $"{page}?bearbeiten={member.Id}", "Speichern",
            [("Mitglied.MemberId", member.Id.ToString()), ("Mitglied.Version", Text(member.Version)), ("Mitglied.GivenName", "Yusuf"),
                ("Mitglied.BirthDate", "2016-04-03"), ("Mitglied.Relationship", nameof(HouseholdRelationship.Kind))]);
        Assert.Equal(HttpStatusCode.Redirect, edited.StatusCode);

        var stale = await CaseEditPages.PostAsync(client, page, $"Entfernen&memberId={member.Id}&version={Text(member.Version)}", []);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Contains("Bitte laden Sie die Seite neu", await stale.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var removed = await CaseEditPages.PostAsync(client, page, $"Entfernen&memberId={member.Id}&version={Text(member.Version + 1)}", []);
        Assert.Equal($"{page}?gespeichert=entfernt", removed.Headers.Location!.OriginalString);
        Assert.False(await CaseEditPages.DbAsync(factory, db => db.HouseholdMembers.AnyAsync(m => m.Id == member.Id)));
    }

    [Fact]
    public async Task An_outreach_visit_needs_a_place_and_is_then_listed()
    {
        var file = await CaseEditPages.OpenCaseOfAsync(factory, "cm.sued1", skip: 1);
        using var client = await SignIn.AsAsync(factory, "cm.sued1", apiHeaders: false);
        var page = $"/faelle/{file.Id}/kontakte";
        List<(string, string)> visit = [("Kontakt.Date", "2026-01-20"), ("Kontakt.Time", "09:15"), ("Kontakt.Kind", nameof(ContactKind.Aufsuchend)),
            ("Kontakt.Summary", "Hausbesuch: Anmeldung Sprachkurs besprochen")];

        var invalid = await CaseEditPages.PostAsync(client, page, "Speichern", visit);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, invalid.StatusCode);
        Assert.Contains("Bei aufsuchendem Fallmanagement bitte den Ort angeben", await invalid.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var saved = await CaseEditPages.PostAsync(client, page, "Speichern", [.. visit, ("Kontakt.Location", "Gemeinschaftsunterkunft")]);
        Assert.Equal($"{page}?gespeichert=neu", saved.Headers.Location!.OriginalString);
        var html = await client.GetStringAsync(page);
        Assert.Contains("20.01.2026 09:15", html, StringComparison.Ordinal);
        Assert.Contains("Gemeinschaftsunterkunft", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Master_data_is_saved_against_the_file_version_and_refused_to_another_district()
    {
        var file = await CaseEditPages.OpenCaseOfAsync(factory, "cm.sued1", skip: 2);
        using var client = await SignIn.AsAsync(factory, "cm.sued1", apiHeaders: false);
        var page = $"/faelle/{file.Id}/stammdaten";
        var version = (await CaseEditPages.DbAsync(factory, db => db.Cases.AsNoTracking().SingleAsync(c => c.Id == file.Id))).Version;
        List<(string, string)> fields = [("Stammdaten.CaseVersion", Text(version)), ("Stammdaten.Languages", "Tigrinya, Englisch"),
            ("Stammdaten.InterpreterNeeded", "true"), ("Stammdaten.InterpreterLanguage", "Tigrinya"), ("Stammdaten.PostalCode", "59302"),
            ("Stammdaten.Aufenthaltsstatus", nameof(Aufenthaltsstatus.Aufenthaltserlaubnis)), ("Stammdaten.AufenthaltsstatusValidUntil", "2027-05-31"),
            ("Stammdaten.LegalDomains", nameof(Rechtskreis.SgbII)), ("Stammdaten.LegalDomains", nameof(Rechtskreis.SgbVIII))];

        var saved = await CaseEditPages.PostAsync(client, page, "Speichern", fields);
        Assert.Equal($"{page}?gespeichert=geaendert", saved.Headers.Location!.OriginalString);
        var stored = await CaseEditPages.DbAsync(factory, db => db.Cases.AsNoTracking().Include(c => c.Client).SingleAsync(c => c.Id == file.Id));
        Assert.Equal((Rechtskreis.SgbII | Rechtskreis.SgbVIII, new DateOnly(2027, 5, 31)), (stored.LegalDomains, stored.Client!.AufenthaltsstatusValidUntil));
        Assert.Equal(["Tigrinya", "Englisch"], stored.Client.Languages);

        var stale = await CaseEditPages.PostAsync(client, page, "Speichern", fields);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);

        using var other = await SignIn.AsAsync(factory, "cm.ahlen", apiHeaders: false);
        Assert.Equal(HttpStatusCode.Forbidden, (await other.GetAsync(page)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await other.GetAsync($"/faelle/{file.Id}/haushalt")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await other.GetAsync($"/faelle/{file.Id}/kontakte")).StatusCode);
    }
}
