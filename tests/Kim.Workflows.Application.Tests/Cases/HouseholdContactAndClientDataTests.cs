using Kim.Workflows.Application.Cases;
using Kim.Workflows.Application.Tests.Support;
using Kim.Workflows.Domain.Access;
using Kim.Workflows.Domain.Cases;
using Kim.Workflows.Domain.Clients;
using Kim.Workflows.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Kim.Workflows.Application.Tests.Cases;

public sealed class HouseholdContactAndClientDataTests
{
    private static readonly HouseholdMemberInput Child = new() { GivenName = "Samira", FamilyName = "Beispiel", BirthDate = new DateOnly(2015, 6, 1) };

    private static Task<Fallakte> FileAsync(CaseFileHost host, Guid id) =>
        host.WithAsync<KimDbContext, Fallakte>(db => db.CaseFiles.AsNoTracking().SingleAsync(c => c.Id == id));

    [Fact]
    public async Task Household_members_are_added_edited_and_removed_with_their_version()
    {
        await using var host = await CaseFileHost.StartAsync();
        var file = await host.OpenCaseAsync();

        var added = await host.WithAsync<HouseholdService, CaseEditResult>(s => s.AddAsync(CaseFileHost.Sued1, file.Id, Child));
        var edited = await host.WithAsync<HouseholdService, CaseEditResult>(s =>
            s.UpdateAsync(CaseFileHost.Sued1, file.Id, added.Id!.Value, added.Version!.Value, Child with { Relationship = HouseholdRelationship.Geschwister }));
        var stale = await host.WithAsync<HouseholdService, CaseEditResult>(s =>
            s.RemoveAsync(CaseFileHost.Sued1, file.Id, added.Id!.Value, added.Version!.Value));
        Assert.Equal(HouseholdRelationship.Geschwister, Assert.Single((await FileAsync(host, file.Id)).HouseholdMembers).Relationship);

        var removed = await host.WithAsync<HouseholdService, CaseEditResult>(s =>
            s.RemoveAsync(CaseFileHost.Sued1, file.Id, added.Id!.Value, edited.Version!.Value));

        Assert.Equal([CaseEditStatus.Saved, CaseEditStatus.Saved, CaseEditStatus.Conflict, CaseEditStatus.Saved],
            [added.Status, edited.Status, stale.Status, removed.Status]);
        Assert.Empty((await FileAsync(host, file.Id)).HouseholdMembers);
        Assert.Equal([(AccessAction.Create, "Haushaltsmitglied"), (AccessAction.Update, "Haushaltsmitglied"), (AccessAction.Update, "Haushaltsmitglied entfernt")],
            (await host.AccessLogAsync(file.Id)).Select(e => (e.Action, e.What)));
    }

    [Fact]
    public async Task Household_input_errors_and_another_district_are_refused()
    {
        await using var host = await CaseFileHost.StartAsync();
        var file = await host.OpenCaseAsync();

        var invalid = await host.WithAsync<HouseholdService, CaseEditResult>(s =>
            s.AddAsync(CaseFileHost.Sued1, file.Id, new HouseholdMemberInput { GivenName = " ", BirthDate = new DateOnly(2030, 1, 1) }));
        var denied = await host.WithAsync<HouseholdService, CaseEditResult>(s => s.AddAsync(CaseFileHost.Ahlen, file.Id, Child));

        Assert.Equal(["BirthDate", "GivenName"], invalid.Errors.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("Bitte den Vornamen angeben.", invalid.Errors["GivenName"]);
        Assert.Equal(CaseEditStatus.Denied, denied.Status);
        Assert.Contains(await host.AccessLogAsync(file.Id), e => e is { Action: AccessAction.Denied, UserName: "cm.ahlen", What: "Haushaltsmitglied" });
        Assert.Empty((await FileAsync(host, file.Id)).HouseholdMembers);
    }

    [Fact]
    public async Task Contacts_are_recorded_in_Berlin_time_and_an_outreach_visit_needs_a_place()
    {
        await using var host = await CaseFileHost.StartAsync();
        var file = await host.OpenCaseAsync();
        var visit = new ContactInput { Date = new DateOnly(2026, 3, 1), Time = new TimeOnly(10, 30), Kind = ContactKind.Aufsuchend, Summary = "Hausbesuch: Unterlagen gesichtet." };

        var withoutPlace = await host.WithAsync<ContactService, CaseEditResult>(s => s.RecordAsync(CaseFileHost.Sued1, file.Id, visit));
        var future = await host.WithAsync<ContactService, CaseEditResult>(s =>
            s.RecordAsync(CaseFileHost.Sued1, file.Id, visit with { Date = new DateOnly(2026, 3, 5), Location = "Unterkunft" }));
        var saved = await host.WithAsync<ContactService, CaseEditResult>(s =>
            s.RecordAsync(CaseFileHost.Sued1, file.Id, visit with { Location = "Unterkunft Oelde" }));

        Assert.Equal([nameof(ContactInput.Location)], withoutPlace.Errors.Keys);
        Assert.Equal([nameof(ContactInput.Time)], future.Errors.Keys);
        Assert.True(saved.Succeeded);
        var contact = Assert.Single((await FileAsync(host, file.Id)).Contacts);
        Assert.Equal(new DateTimeOffset(2026, 3, 1, 9, 30, 0, TimeSpan.Zero), contact.OccurredAt);
        Assert.True(contact.Aufsuchend);
        Assert.Equal(("Unterkunft Oelde", "cm.sued1"), (contact.Location, contact.RecordedBy));
        Assert.Contains(await host.AccessLogAsync(file.Id), e => e is { Action: AccessAction.Create, What: "Kontakt" });
    }

    [Fact]
    public async Task Master_data_changes_are_saved_against_the_file_version_and_a_stale_form_conflicts()
    {
        await using var host = await CaseFileHost.StartAsync();
        var file = await host.OpenCaseAsync();
        var input = new ClientDataInput
        {
            Languages = ["Arabisch", " Französisch ", "arabisch", ""], InterpreterNeeded = true, InterpreterLanguage = "Arabisch",
            Phone = "+49 2522 123-45", Email = "amira@beispiel.example", PostalCode = "59302",
            Aufenthaltsstatus = Aufenthaltsstatus.Duldung, AufenthaltsstatusValidUntil = new DateOnly(2026, 6, 30),
            LegalDomains = Rechtskreis.SgbII | Rechtskreis.SgbVIII,
        };

        var saved = await host.WithAsync<ClientDataService, CaseEditResult>(s => s.UpdateAsync(CaseFileHost.Sued1, file.Id, file.Version, input));
        var stale = await host.WithAsync<ClientDataService, CaseEditResult>(s =>
            s.UpdateAsync(CaseFileHost.Sued1, file.Id, file.Version, input with { LegalDomains = Rechtskreis.SgbIII }));

        Assert.Equal((CaseEditStatus.Saved, file.Version + 1), (saved.Status, saved.Version));
        Assert.Equal((CaseEditStatus.Conflict, CaseEditResult.ConflictMessage), (stale.Status, stale.Message));
        var stored = await FileAsync(host, file.Id);
        Assert.Equal(Rechtskreis.SgbII | Rechtskreis.SgbVIII, stored.LegalDomains);
        Assert.Equal(["Arabisch", "Französisch"], stored.Client!.Languages);
        Assert.Equal((Aufenthaltsstatus.Duldung, new DateOnly(2026, 6, 30)), (stored.Client.Aufenthaltsstatus, stored.Client.AufenthaltsstatusValidUntil));
        Assert.Equal("Amira", stored.Client.GivenName);
        Assert.Contains(await host.AccessLogAsync(file.Id), e => e is { Action: AccessAction.Update, What: "Stammdaten" });
    }

    [Fact]
    public async Task Master_data_errors_are_German_and_keyed_by_field()
    {
        var errors = new ClientDataInput
        {
            InterpreterNeeded = true, Phone = "0172 abc", Email = "keine-adresse", PostalCode = "5930",
            Aufenthaltsstatus = Aufenthaltsstatus.Niederlassungserlaubnis, AufenthaltsstatusValidUntil = new DateOnly(2027, 1, 1),
        }.Validate();

        Assert.Equal(["AufenthaltsstatusValidUntil", "Email", "InterpreterLanguage", "Phone", "PostalCode"], errors.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("Die Postleitzahl hat fünf Ziffern.", errors["PostalCode"]);
        await using var host = await CaseFileHost.StartAsync();
        var file = await host.OpenCaseAsync();
        var denied = await host.WithAsync<ClientDataService, CaseEditResult>(s => s.UpdateAsync(CaseFileHost.Ahlen, file.Id, file.Version, new ClientDataInput()));
        Assert.Equal(CaseEditStatus.Denied, denied.Status);
    }
}
