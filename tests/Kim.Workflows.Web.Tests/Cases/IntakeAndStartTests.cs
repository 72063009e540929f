using System.Net;
using Kim.Workflows.Domain.Access;
using Kim.Workflows.Domain.Cases;
using Kim.Workflows.Domain.Conferences;
using Kim.Workflows.Domain.Consultations;
using Kim.Workflows.Runtime.Persistence;
using Kim.Workflows.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kim.Workflows.Web.Tests.Cases;

/// <summary>Intake (/faelle/neu) with server-side validation, and starting a Fallkonferenz or consultation from the case file, with the real workflows.</summary>
public sealed class IntakeAndStartTests(WorkflowWebFactory factory) : IClassFixture<WorkflowWebFactory>
{
    private static FormUrlEncodedContent Form(string page, params (string Key, string Value)[] fields) =>
        new([.. fields.Select(f => new KeyValuePair<string, string>(f.Key, f.Value)), new("__RequestVerificationToken", SignIn.FormToken(page))]);

    [Fact]
    public async Task Intake_validates_on_the_server_with_german_messages()
    {
        using var client = await SignIn.AsAsync(factory, "cm.ahlen", apiHeaders: false);
        var page = await client.GetStringAsync("/faelle/neu");
        Assert.Contains("Ahlen", page, StringComparison.Ordinal);
        Assert.Contains("Wadersloh", page, StringComparison.Ordinal);

        var empty = await (await client.PostAsync("/faelle/neu", Form(page, ("Fall.Vorname", ""), ("Fall.Nachname", ""), ("Fall.Gemeinde", "")))).Content.ReadAsStringAsync();
        Assert.Contains("Bitte den Vornamen angeben.", empty, StringComparison.Ordinal);
        Assert.Contains("Bitte den Nachnamen angeben.", empty, StringComparison.Ordinal);
        Assert.Contains("Bitte die Gemeinde auswählen.", empty, StringComparison.Ordinal);

        var wrong = await (await client.PostAsync("/faelle/neu", Form(page, ("Fall.Vorname", "Dana"), ("Fall.Nachname", "Validierungsfall"), ("Fall.Gemeinde", "Münster"),
            ("Fall.Email", "keine-adresse"), ("Fall.Dolmetschbedarf", "true"), ("Fall.Geburtsdatum", "2999-01-01")))).Content.ReadAsStringAsync();
        Assert.Contains("Diese Gemeinde gehört nicht zum Kreis Warendorf.", wrong, StringComparison.Ordinal);
        Assert.Contains("Bitte eine gültige E-Mail-Adresse angeben.", wrong, StringComparison.Ordinal);
        Assert.Contains("Bitte die Sprache für die Dolmetschung angeben.", wrong, StringComparison.Ordinal);
        Assert.Contains("Das Geburtsdatum ist nicht plausibel.", wrong, StringComparison.Ordinal);

        var foreign = await (await client.PostAsync("/faelle/neu", Form(page, ("Fall.Vorname", "Dana"), ("Fall.Nachname", "Validierungsfall"), ("Fall.Gemeinde", "Telgte"),
            ("Fall.SelbstUebernehmen", "true")))).Content.ReadAsStringAsync();
        Assert.Contains("Telgte gehört zum Bezirk Nordkreis", foreign, StringComparison.Ordinal);
        Assert.False(await factory.KimAsync(db => db.Clients.AnyAsync(c => c.FamilyName == "Validierungsfall")));
    }

    [Fact]
    public async Task Intake_creates_the_case_in_the_routed_district_starts_the_cycle_and_opens_the_file()
    {
        using var client = await SignIn.AsAsync(factory, "cm.sued2", apiHeaders: false);
        var page = await client.GetStringAsync("/faelle/neu");
        var response = await client.PostAsync("/faelle/neu", Form(page, ("Fall.Vorname", "Yusuf"), ("Fall.Nachname", "Aufnahmetest"), ("Fall.Gemeinde", "Ennigerloh"),
            ("Fall.Zugang", "Jobcenter"), ("Fall.Rechtskreise", "SgbII"), ("Fall.Rechtskreise", "SgbVIII"), ("Fall.Sprachen", "Türkisch, Kurdisch"),
            ("Fall.Dolmetschbedarf", "true"), ("Fall.Dolmetschsprache", "Kurdisch"), ("Fall.SelbstUebernehmen", "true")));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        var file = await factory.KimAsync(db => db.Cases.AsNoTracking().Include(c => c.Client).SingleAsync(c => c.Client!.FamilyName == "Aufnahmetest"));
        Assert.Equal($"/faelle/{file.Id}", response.Headers.Location!.ToString());
        Assert.Equal(("suedkreis", "ennigerloh", "cm.sued2"), (file.DistrictId, file.MunicipalityId, file.ResponsibleCaseManager));
        Assert.Equal(Rechtskreis.SgbII | Rechtskreis.SgbVIII, file.LegalDomains);
        Assert.Equal(ReferralSource.Jobcenter, file.ReferralSource);
        Assert.Equal(["Türkisch", "Kurdisch"], file.Client!.Languages);
        Assert.True(await factory.KimAsync(db => db.AccessLog.AnyAsync(e => e.CaseId == file.Id && e.Action == AccessAction.Create)));

        // The cycle runs under the case number and gives the first task to the case manager.
        await factory.WaitForTaskAsync(file.CaseNumber, "Task_Zugangssteuerung");
        await using (var db = factory.Services.GetRequiredService<WorkflowDbContextFactory>().Create())
        {
            Assert.Equal("case-management-cycle", await db.Instances.Where(i => i.BusinessKey == file.CaseNumber).Select(i => i.ProcessKey).SingleAsync());
            Assert.Equal("cm.sued2", await db.UserTasks.Where(t => t.BusinessKey == file.CaseNumber).Select(t => t.Assignee).SingleAsync());
        }

        // The task page leads back to the case file.
        await using (var db = factory.Services.GetRequiredService<WorkflowDbContextFactory>().Create())
        {
            var taskId = await db.UserTasks.Where(t => t.BusinessKey == file.CaseNumber).Select(t => t.Id).SingleAsync();
            Assert.Contains($"<a id=\"fallakte\" href=\"/faelle/{file.CaseNumber}\">", await client.GetStringAsync($"/aufgaben/{taskId}"), StringComparison.Ordinal);
        }

        var html = await client.GetStringAsync(response.Headers.Location!.ToString());
        Assert.Contains("Zugang klären (aktive Zugangssteuerung)", html, StringComparison.Ordinal);
        Assert.Contains("/aufgaben/", html, StringComparison.Ordinal);
        Assert.Contains("KIM-Fallmanagement (Case-Management-Zyklus) gestartet", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_case_left_to_another_districts_team_is_created_but_not_opened()
    {
        using var client = await SignIn.AsAsync(factory, "cm.ahlen", apiHeaders: false);
        var page = await client.GetStringAsync("/faelle/neu");
        var response = await client.PostAsync("/faelle/neu", Form(page, ("Fall.Vorname", "Lea"), ("Fall.Nachname", "Teameingang"), ("Fall.Gemeinde", "Telgte"),
            ("Fall.SelbstUebernehmen", "false")));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/faelle/neu?uebergeben=KIM-", response.Headers.Location!.ToString(), StringComparison.Ordinal);
        var file = await factory.KimAsync(db => db.Cases.AsNoTracking().SingleAsync(c => c.Client!.FamilyName == "Teameingang"));
        Assert.Equal(("nordkreis", (string?)null), (file.DistrictId, file.ResponsibleCaseManager));
    }

    [Theory]
    [InlineData("koord.leitung")]
    [InlineData("abh.bleiberecht")]
    [InlineData("admin")]
    public async Task Only_case_management_opens_cases(string user)
    {
        using var client = await SignIn.AsAsync(factory, user, apiHeaders: false);
        var response = await client.GetAsync("/faelle/neu");
        Assert.True(response.StatusCode == HttpStatusCode.Forbidden
            || response.Headers.Location?.ToString().Contains("zugriff-verweigert", StringComparison.Ordinal) == true, response.StatusCode.ToString());
    }

    [Fact]
    public async Task A_consultation_is_refused_before_active_case_management_and_started_in_it()
    {
        var file = await factory.IntakeAsync("Oelde", "cm.sued1");
        using var client = await SignIn.AsAsync(factory, "cm.sued1", apiHeaders: false);
        var page = await client.GetStringAsync($"/faelle/{file.Id}");
        await factory.WaitForTaskAsync(file.CaseNumber, "Task_Zugangssteuerung");

        var early = await client.PostAsync($"/faelle/{file.Id}?handler=Konsultation", Form(page, ("Konsultation.Behoerde", "Auslaenderbehoerde"), ("Konsultation.Thema", "Bleiberecht25b")));
        Assert.Contains("nur während des aktiven Fallmanagements", await early.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False(await factory.KimAsync(db => db.Consultations.AnyAsync(c => c.CaseId == file.Id)));

        var mismatch = await client.PostAsync($"/faelle/{file.Id}?handler=Konsultation", Form(page, ("Konsultation.Behoerde", "Auslaenderbehoerde"), ("Konsultation.Thema", "Einbuergerung10StAG")));
        Assert.Contains("geht an die Einbürgerungsbehörde", await mismatch.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        await factory.ToAssessmentAsync(file.CaseNumber);
        var started = await client.PostAsync($"/faelle/{file.Id}?handler=Konsultation", Form(page, ("Konsultation.Behoerde", "Auslaenderbehoerde"), ("Konsultation.Thema", "Bleiberecht25b"),
            ("Konsultation.Frage", "Sind die Voraussetzungen nach § 25b erfüllt?")));
        Assert.Equal(HttpStatusCode.Redirect, started.StatusCode);
        var consultation = await factory.KimAsync(db => db.Consultations.AsNoTracking().SingleAsync(c => c.CaseId == file.Id));
        Assert.Equal((Authority.Auslaenderbehoerde, ConsultationTopic.Bleiberecht25b), (consultation.Authority, consultation.Topic));
        await factory.WaitForTaskAsync(file.CaseNumber, "Task_AnfrageStellen");

        var html = await client.GetStringAsync(started.Headers.Location!.ToString());
        Assert.Contains("Die Anfrage ist gestartet.", html, StringComparison.Ordinal);
        Assert.Contains("Anfrage Ausländerbehörde: Bleiberecht § 25b AufenthG", html, StringComparison.Ordinal);
        Assert.Contains("Anfrage an die Ausländerbehörde formulieren", html, StringComparison.Ordinal);
        Assert.True(await factory.KimAsync(db => db.AccessLog.AnyAsync(e => e.CaseId == file.Id && e.What == "Anfrage Ausländerbehörde gestartet")));
    }

    [Fact]
    public async Task A_fallkonferenz_planned_in_the_file_invites_only_partners_with_consent_and_shows_why()
    {
        var file = await factory.IntakeAsync("Ahlen", "cm.ahlen");
        using var client = await SignIn.AsAsync(factory, "cm.ahlen", apiHeaders: false);
        await factory.ToAssessmentAsync(file.CaseNumber);
        var page = await client.GetStringAsync($"/faelle/{file.Id}");
        Assert.Contains("jobcenter-kreis-warendorf", page, StringComparison.Ordinal);

        var invalid = await client.PostAsync($"/faelle/{file.Id}?handler=Fallkonferenz", Form(page, ("Konferenz.Anlass", ""), ("Konferenz.Datum", "2000-01-01")));
        var invalidHtml = await invalid.Content.ReadAsStringAsync();
        Assert.Contains("Bitte den Anlass angeben.", invalidHtml, StringComparison.Ordinal);
        Assert.Contains("Das Datum darf nicht in der Vergangenheit liegen.", invalidHtml, StringComparison.Ordinal);
        Assert.Contains("Bitte mindestens einen Partner", invalidHtml, StringComparison.Ordinal);
        Assert.Contains("Bitte einen Ort oder einen Video-Link angeben.", invalidHtml, StringComparison.Ordinal);

        var date = Kim.Workflows.Domain.Time.KimCalendar.Today(factory.Clock).AddDays(14).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var started = await client.PostAsync($"/faelle/{file.Id}?handler=Fallkonferenz", Form(page, ("Konferenz.Anlass", "Übergang in Ausbildung"), ("Konferenz.Datum", date),
            ("Konferenz.Uhrzeit", "10:00"), ("Konferenz.Dauer", "60"), ("Konferenz.Ort", "Rathaus Ahlen"), ("Konferenz.Tagesordnung", "Stand\nNächste Schritte"),
            ("Konferenz.Partner", "jobcenter-kreis-warendorf"), ("Konferenz.Datenkategorien", "arbeit"), ("Konferenz.KlientNimmtTeil", "true")));
        Assert.Equal(HttpStatusCode.Redirect, started.StatusCode);

        // No consent on file: the Jobcenter is not invited, and the file says why.
        var record = await WorkflowWebFactory.WaitAsync(() => factory.KimAsync(db => db.Conferences.AsNoTracking().Include(c => c.Invitations).SingleOrDefaultAsync(c => c.CaseId == file.Id)),
            c => c is not null && c.Invitations.Count == 1, "conference record with the consent check");
        Assert.Equal(InvitationAnswer.NichtEingeladen, record!.Invitations[0].Answer);
        Assert.Equal(("Rathaus Ahlen", 60, true), (record.Place, record.DurationMinutes, record.ClientParticipates));
        await factory.WaitForTaskAsync(file.CaseNumber, "Task_NichtEingeladenePruefen");
        var html = await client.GetStringAsync(started.Headers.Location!.ToString());
        Assert.Contains("Die Fallkonferenz ist gestartet", html, StringComparison.Ordinal);
        Assert.Contains("nicht eingeladen – Für diesen Fall liegt keine Schweigepflichtentbindung vor.", html, StringComparison.Ordinal);
        Assert.Contains("Nicht eingeladene Partner prüfen", html, StringComparison.Ordinal);
    }
}
