using System.Globalization;
using Kim.Workflows.Domain.Consents;
using Kim.Workflows.Domain.Seeding;
using Kim.Workflows.Domain.Time;
using Kim.Workflows.Engine.Timers;
using Kim.Workflows.Notifications.Links;
using Kim.Workflows.Runtime.Timers;
using Kim.Workflows.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Kim.Workflows.Web.Tests.Browser;

/// <summary>
/// A Fallkonferenz planned for 10:00 shows 10:00 wherever a user sees it: the case file, the inbox and the task page
/// (before, pages showed the server's zone: 09:00 on a UTC server, 23:00 with TZ=Pacific/Kiritimati). The host runs
/// on the test clock; the conference lies two weeks after the clock's Berlin date, so with KIM_TEST_CLOCK in late
/// March it falls into summer time.
/// </summary>
public sealed class ConferenceTimeBrowserTests(CasesBrowserTests.KestrelWorkflowWebFactory factory, ChromiumBrowser chromium)
    : IClassFixture<CasesBrowserTests.KestrelWorkflowWebFactory>, IClassFixture<ChromiumBrowser>
{
    private const string Jobcenter = "jobcenter-kreis-warendorf";

    [Fact]
    public async Task A_conference_planned_for_ten_shows_ten_on_the_case_file_the_inbox_and_the_task_page()
    {
        var baseUrl = factory.Address; // start Kestrel before using the services
        var file = await factory.IntakeAsync("Beckum", "cm.beckum", "Lina", "Zehnuhrfall");
        var today = KimCalendar.Today(factory.Clock);
        await factory.KimAsync(async db =>
        {
            var jobcenter = await db.Partners.Where(p => p.Name == DemoPartners.Jobcenter).Select(p => p.Id).SingleAsync();
            db.Consents.Add(new Schweigepflichtentbindung
            {
                CaseId = file.Id, PartnerOrganisationIds = [jobcenter], DataCategories = [DataCategory.Arbeit], Purpose = "Hilfeplanung",
                GivenOn = today.AddDays(-1), RefusalConsequencesExplained = true,
            });
            return await db.SaveChangesAsync();
        });
        await factory.ToAssessmentAsync(file.CaseNumber);
        // A conference on a working day: on a Sunday or holiday the task's due date would move to the next working day.
        var day = WorkingDayCalendar.Nrw.OnOrAfter(today.AddDays(14));
        var expected = day.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture) + " 10:00";

        // Plan in the case file, as a case manager does.
        await using (var planning = await NewContextAsync(baseUrl))
        {
            var page = await planning.NewPageAsync();
            page.SetDefaultTimeout(15_000);
            await SignIn.AsAsync(page, "cm.beckum", $"/faelle/{file.Id}");
            await page.GetByText("Fallkonferenz starten", new() { Exact = true }).First.ClickAsync();
            await page.Locator("input[name='Konferenz.Anlass']").FillAsync("Übergang in Arbeit");
            await page.Locator("input[name='Konferenz.Datum']").FillAsync(day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            await page.Locator("input[name='Konferenz.Uhrzeit']").FillAsync("10:00");
            await page.Locator("input[name='Konferenz.Dauer']").FillAsync("60");
            await page.Locator("input[name='Konferenz.Ort']").FillAsync("Rathaus Beckum");
            await page.Locator("textarea[name='Konferenz.Tagesordnung']").FillAsync("Stand\nNächste Schritte");
            await page.Locator($"input[name='Konferenz.Partner'][value='{Jobcenter}']").CheckAsync();
            await page.Locator("input[name='Konferenz.Datenkategorien'][value='arbeit']").CheckAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Fallkonferenz starten" }).ClickAsync();
            await Assertions.Expect(page.Locator("#fallkonferenzen")).ToContainTextAsync($"Fallkonferenz am {expected}");
        }

        // The Jobcenter accepts through its signed link; the process then waits for the day before the conference.
        await factory.WaitForSubscriptionAsync(file.CaseNumber, "Event_Antwort");
        var conference = await factory.KimAsync(db => db.Conferences.AsNoTracking().SingleAsync(c => c.CaseId == file.Id));
        Assert.Equal(KimCalendar.At(day, new TimeOnly(10, 0)), conference.ScheduledAt);
        var token = factory.Services.GetRequiredService<AnswerLinkSigner>().CreateToken(
            AnswerLinkPayload.Create($"{file.CaseNumber}|{conference.Id}", Jobcenter, PartnerAnswer.Accept, factory.Clock.GetUtcNow().AddDays(10)));
        using (var partner = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = baseUrl })
        {
            Assert.True((await partner.PostAsync($"/antwort/{token}", null)).IsSuccessStatusCode);
        }

        await factory.WaitForSubscriptionAsync(file.CaseNumber, "Event_Vortag");
        factory.Clock.SetUtcNow(conference.ScheduledAt.AddHours(-12));
        var timers = factory.Services.GetRequiredService<TimerMaintenance>();
        while (await timers.FireDueAsync() > 0)
        {
        }

        var taskId = await factory.WaitForTaskAsync(file.CaseNumber, "Task_Durchfuehren");

        await using var context = await NewContextAsync(baseUrl);
        var view = await context.NewPageAsync();
        view.SetDefaultTimeout(15_000);
        await SignIn.AsAsync(view, "cm.beckum", $"/faelle/{file.Id}");
        await Assertions.Expect(view.Locator("#fallkonferenzen")).ToContainTextAsync($"Fallkonferenz am {expected}");

        await view.GotoAsync("/aufgaben");
        var row = view.Locator("tr", new() { HasTextString = "Fallkonferenz durchführen" }).Filter(new() { HasTextString = file.CaseNumber });
        await Assertions.Expect(row).ToContainTextAsync(expected);

        await view.GotoAsync($"/aufgaben/{taskId}");
        await Assertions.Expect(view.Locator("dd", new() { HasTextString = expected })).ToHaveCountAsync(1);
        await ChromiumBrowser.ScreenshotAsync(view, "fallkonferenz-10-uhr-aufgabe");
    }

    private Task<IBrowserContext> NewContextAsync(Uri baseUrl) => chromium.Browser.NewContextAsync(new BrowserNewContextOptions
    {
        BaseURL = baseUrl.ToString(), ViewportSize = new ViewportSize { Width = 1400, Height = 1000 }, Locale = "de-DE",
        // The browser's own zone must not matter: the server formats every time.
        TimezoneId = "Pacific/Kiritimati",
    });
}
