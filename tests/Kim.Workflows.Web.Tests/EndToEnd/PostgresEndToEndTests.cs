using System.Net;
using System.Net.Http.Json;
using Kim.Workflows.Application.Persistence;
using Kim.Workflows.Domain.Cases;
using Kim.Workflows.Domain.Conferences;
using Kim.Workflows.Domain.Controlling;
using Kim.Workflows.Domain.Persistence;
using Kim.Workflows.Runtime.Persistence;
using Kim.Workflows.Web.Api;
using Kim.Workflows.Web.Auth.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Kim.Workflows.Web.Tests.EndToEnd.ApiEndToEndHost;

namespace Kim.Workflows.Web.Tests.EndToEnd;

/// <summary>
/// The configuration <c>docker-compose.yml</c> deploys, on a real PostgreSQL: the web host on Kestrel with runtime, case file,
/// application tables, logins and Hangfire's jobs in one fresh database, demo data and demo workflows started; then an
/// intake, the case file, the first cycle tasks and a Fallkonferenz with a partner's answer over the API, and the controlling pages.
/// </summary>
public sealed class PostgresEndToEndTests(PostgresServer server) : IClassFixture<PostgresServer>
{
    [Fact]
    public async Task The_deployed_configuration_starts_and_runs_a_case_on_PostgreSQL()
    {
        using var app = await StartOnPostgresAsync(await server.CreateDatabaseAsync());
        await AssertStartedAsync(app);

        var created = await app.IntakeAsync();
        var id = created.Id!.Value;
        var cn = created.CaseNumber;
        var read = await app.CaseAsync(id);
        Assert.Equal((cn, "suedkreis", CaseManager), (read.CaseNumber, read.DistrictId, read.ResponsibleCaseManager));

        // The case file through the API: a consent and an assessment, read back.
        await app.ConsentAsync(id, ["jobcenter-kreis-warendorf"], ["arbeit"]);
        var cm = await app.AsAsync(CaseManager);
        var assessment = await cm.PostAsJsonAsync($"/api/cases/{id}/assessments", new
        {
            assessedOn = "2026-03-02", summary = "Sprache vorrangig",
            areas = new object[] { new { lebensbereich = "sprache", needLevel = "dringenderBedarf", needs = "A2" } },
        }, Json);
        Assert.True(assessment.StatusCode == HttpStatusCode.Created, await assessment.Content.ReadAsStringAsync());
        Assert.Equal("Sprache vorrangig", Assert.Single((await cm.GetFromJsonAsync<List<AssessmentView>>($"/api/cases/{id}/assessments", Json))!).Summary);
        Assert.True(Assert.Single((await app.CaseAsync(id)).Consents).Valid);

        // The cycle: its phase service tasks run as Hangfire jobs in PostgreSQL; the first user task through the tasks API.
        await app.CompleteAsync(cn, "Task_Zugangssteuerung", new { zugangsweg = "jobcenter", teilnahmeFreiwillig = true });
        await app.TaskAsync(cn, "Task_Erstberatung");
        await app.CaseWhenAsync(id, c => c.Phase == CasePhase.Erstberatung, "phase Erstberatung");
        Assert.Contains((await cm.GetFromJsonAsync<CaseListResponse>("/api/cases?responsible=ich", Json))!.Items, i => i.CaseNumber == cn);
        Assert.Contains(cn, await cm.GetStringAsync($"/faelle/{id}"), StringComparison.Ordinal);

        // A Fallkonferenz: the consent check reads the partner ids (a uuid[] here), the invitation carries a signed link,
        // and the partner's answer through it is recorded once (app_used_answer_tokens).
        await app.CompleteAsync(cn, "Task_Erstberatung", new { erstberatungAm = "2026-03-02", anliegen = "Arbeit", weiteresVorgehen = "fallmanagement" });
        await app.TaskAsync(cn, "Task_Assessment");
        var planned = await cm.PostAsJsonAsync($"/api/cases/{id}/fallkonferenzen", new
        {
            occasion = "Hilfeplanung", date = "2026-03-20", time = "14:00", durationMinutes = 60, location = "Kreishaus Warendorf",
            agenda = "Stand der Ziele", partnerIds = new[] { "jobcenter-kreis-warendorf" }, dataCategories = new[] { "arbeit" }, clientAttends = true,
        }, Json);
        Assert.True(planned.StatusCode == HttpStatusCode.Created, await planned.Content.ReadAsStringAsync());
        var invitation = (await Eventually.WaitForAsync(() => Task.FromResult(app.Smtp.To(JobcenterMail)),
            mails => mails.Any(m => m.Subject!.Contains("Fallkonferenz am 20.03.2026", StringComparison.Ordinal)), "the invitation to the Jobcenter"))
            .First(m => m.Subject!.Contains("Fallkonferenz am 20.03.2026", StringComparison.Ordinal));
        await app.WaitForSubscriptionAsync(cn, "Event_Antwort");
        using (var partner = app.Anonymous())
        {
            var link = AnswerLinks(invitation)[0];
            Assert.Equal(HttpStatusCode.OK, (await partner.PostAsync(link, null)).StatusCode);
            Assert.Equal(HttpStatusCode.Conflict, (await partner.PostAsync(link, null)).StatusCode);
        }

        await app.CaseWhenAsync(id, c => c.Conferences.Single().Invitations.Single().Answer == InvitationAnswer.Zugesagt, "the Jobcenter's acceptance");

        // Controlling: the dashboard, the process analysis and a CSV export over the demo cases and this one.
        var coordination = await app.AsAsync("koord.sued");
        Assert.Contains("Fallzahlen", await coordination.GetStringAsync("/controlling?bezirk=suedkreis"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await coordination.GetAsync("/controlling/prozesse")).StatusCode);
        Assert.Contains("Neue Fälle", await (await app.AsAsync("koord.leitung")).GetStringAsync("/controlling/csv/fallzahlen?bezirk=kreis"), StringComparison.Ordinal);
        var report = await app.InScopeAsync(sp => sp.GetRequiredService<ControllingService>().BuildAsync(ControllingPeriod.Year(2026), "suedkreis"));
        Assert.NotNull(report.Table("fallzahlen"));
    }

    /// <summary>Every migration set applied, the application's schema steps recorded, the demo cases seeded with a cycle each.</summary>
    private static async Task AssertStartedAsync(ApiEndToEndHost app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var kim = services.GetRequiredService<KimDbContext>();
        Assert.IsType<PostgresKimDbContext>(kim);
        Assert.Empty(await kim.Database.GetPendingMigrationsAsync());
        Assert.Empty(await services.GetRequiredService<KimIdentityDbContext>().Database.GetPendingMigrationsAsync());
        await using var runtime = services.GetRequiredService<WorkflowDbContextFactory>().Create();
        Assert.IsType<PostgresWorkflowDbContext>(runtime);
        Assert.Empty(await runtime.Database.GetPendingMigrationsAsync());
        await using var application = await services.GetRequiredService<IDbContextFactory<ApplicationDbContext>>().CreateDbContextAsync();
        Assert.Equal([1, 2], await application.Database.SqlQueryRaw<int>("""SELECT "Step" AS "Value" FROM app_schema_steps ORDER BY "Step" """).ToListAsync());

        var open = await kim.Cases.CountAsync(c => c.Phase != CasePhase.Abgeschlossen && c.AnonymizedAt == null);
        Assert.True(open > 10, $"demo cases seeded: {open} open");
        Assert.Equal(open, await runtime.Instances.CountAsync(i => i.ProcessKey == "case-management-cycle"));
    }
}
