using System.Net;
using Kim.Workflows.Application.Cases;
using Kim.Workflows.Application.Persistence;
using Kim.Workflows.Domain.Conferences;
using Kim.Workflows.Domain.Consents;
using Kim.Workflows.Domain.Seeding;
using Kim.Workflows.Notifications.Links;
using Kim.Workflows.Runtime.Persistence;
using Kim.Workflows.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kim.Workflows.Web.Tests.Cases;

/// <summary>
/// /antwort/{token} through the web host with a Fallkonferenz that waits for answers: a valid link asks for
/// confirmation, then correlates; tampered, expired and replayed links get a clear page and change nothing.
/// </summary>
public sealed class PartnerAnswerPageTests(WorkflowWebFactory factory) : IClassFixture<WorkflowWebFactory>
{
    private const string Jobcenter = "jobcenter-kreis-warendorf";

    private async Task<(string CaseNumber, string LinkKey, Guid ConferenceId)> WaitingConferenceAsync()
    {
        var file = await factory.IntakeAsync("Beckum", "cm.beckum");
        await factory.KimAsync(async db =>
        {
            var jobcenter = await db.Partners.Where(p => p.Name == DemoPartners.Jobcenter).Select(p => p.Id).SingleAsync();
            db.Consents.Add(new Schweigepflichtentbindung
            {
                CaseId = file.Id, PartnerOrganisationIds = [jobcenter], DataCategories = [DataCategory.Arbeit], Purpose = "Hilfeplanung",
                GivenOn = Kim.Workflows.Domain.Time.KimCalendar.Today(factory.Clock).AddDays(-1), RefusalConsequencesExplained = true,
            });
            return await db.SaveChangesAsync();
        });
        await factory.ToAssessmentAsync(file.CaseNumber);
        var plan = new FallkonferenzPlan("Arbeitsaufnahme", Kim.Workflows.Domain.Time.KimCalendar.Today(factory.Clock).AddDays(20), new TimeOnly(9, 30), 60, "Rathaus Beckum", null,
            "Stand", [Jobcenter], ["arbeit"], false);
        var started = await factory.InScopeAsync(sp => sp.GetRequiredService<CaseWorkflowService>().StartFallkonferenzAsync(file.CaseNumber, plan, "cm.beckum"));
        Assert.True(started.Matched, started.Message);
        await factory.WaitForSubscriptionAsync(file.CaseNumber, "Event_Antwort");
        var conference = await factory.KimAsync(db => db.Conferences.AsNoTracking().SingleAsync(c => c.CaseId == file.Id));
        return (file.CaseNumber, $"{file.CaseNumber}|{conference.Id}", conference.Id);
    }

    private string Token(string linkKey, PartnerAnswer answer, DateTimeOffset expiresAt) =>
        factory.Services.GetRequiredService<AnswerLinkSigner>().CreateToken(AnswerLinkPayload.Create(linkKey, Jobcenter, answer, expiresAt));

    private HttpClient Anonymous() => factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    private Task<InvitationAnswer> AnswerOfAsync(Guid conferenceId) =>
        factory.KimAsync(db => db.ConferenceInvitations.Where(i => i.ConferenceId == conferenceId).Select(i => i.Answer).SingleAsync());

    private async Task<int> UsedTokensAsync()
    {
        await using var db = await factory.Services.GetRequiredService<IDbContextFactory<ApplicationDbContext>>().CreateDbContextAsync();
        return await db.UsedAnswerTokens.CountAsync();
    }

    private async Task<bool> WaitsForAnswersAsync(string caseNumber)
    {
        await using var db = factory.Services.GetRequiredService<WorkflowDbContextFactory>().Create();
        var ids = await db.Instances.Where(i => i.BusinessKey == caseNumber).Select(i => i.Id).ToListAsync();
        return await db.Subscriptions.AnyAsync(s => ids.Contains(s.InstanceId) && s.ElementId == "Event_Antwort");
    }

    [Fact]
    public async Task Tampered_expired_valid_and_replayed_links()
    {
        var (caseNumber, linkKey, conferenceId) = await WaitingConferenceAsync();
        using var partner = Anonymous();
        var valid = Token(linkKey, PartnerAnswer.Accept, factory.Clock.GetUtcNow().AddDays(10));

        // Tampered: one character changed.
        var tampered = valid[..^2] + (valid[^2] == 'A' ? 'B' : 'A') + valid[^1];
        var shown = await partner.GetAsync($"/antwort/{tampered}");
        Assert.Equal(HttpStatusCode.BadRequest, shown.StatusCode);
        Assert.Contains("Link ungültig", await shown.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var posted = await partner.PostAsync($"/antwort/{tampered}", null);
        Assert.Equal(HttpStatusCode.BadRequest, posted.StatusCode);
        Assert.Contains("Es wurde nichts gespeichert.", await posted.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // Expired.
        var expired = Token(linkKey, PartnerAnswer.Accept, factory.Clock.GetUtcNow().AddMinutes(-1));
        Assert.Equal(HttpStatusCode.Gone, (await partner.GetAsync($"/antwort/{expired}")).StatusCode);
        var expiredPost = await partner.PostAsync($"/antwort/{expired}", null);
        Assert.Equal(HttpStatusCode.Gone, expiredPost.StatusCode);
        Assert.Contains("Link abgelaufen", await expiredPost.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal((0, InvitationAnswer.Offen, true), (await UsedTokensAsync(), await AnswerOfAsync(conferenceId), await WaitsForAnswersAsync(caseNumber)));

        // Valid: the GET only asks for confirmation (mail scanners prefetch links), the POST answers.
        var confirm = await partner.GetAsync($"/antwort/{valid}");
        Assert.Equal(HttpStatusCode.OK, confirm.StatusCode);
        Assert.Contains("Zusage bestätigen", await confirm.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(InvitationAnswer.Offen, await AnswerOfAsync(conferenceId));
        var answered = await partner.PostAsync($"/antwort/{valid}", null);
        Assert.Equal(HttpStatusCode.OK, answered.StatusCode);
        Assert.Contains("Vielen Dank", await answered.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await WorkflowWebFactory.WaitAsync(() => AnswerOfAsync(conferenceId), a => a == InvitationAnswer.Zugesagt, "answer in the conference record");
        // The only invited partner answered: the conference no longer waits for answers.
        await WorkflowWebFactory.WaitAsync(() => WaitsForAnswersAsync(caseNumber), waits => !waits, "conference to move on");
        Assert.Equal(1, await UsedTokensAsync());

        // Replayed: a clear page, nothing changes.
        var replay = await partner.PostAsync($"/antwort/{valid}", null);
        Assert.Equal(HttpStatusCode.Conflict, replay.StatusCode);
        Assert.Contains("Bereits beantwortet", await replay.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var decline = Token(linkKey, PartnerAnswer.Decline, factory.Clock.GetUtcNow().AddDays(10));
        var late = await partner.PostAsync($"/antwort/{decline}", null);
        Assert.Equal(HttpStatusCode.Conflict, late.StatusCode); // the conference no longer waits: the new link is given back
        Assert.Equal((1, InvitationAnswer.Zugesagt), (await UsedTokensAsync(), await AnswerOfAsync(conferenceId)));
    }
}

/// <summary>The answer page is rate-limited per client address (its own host: the limit is per process).</summary>
public sealed class PartnerAnswerRateLimitTests : IDisposable
{
    private readonly KimWebFactory _factory = new();

    [Fact]
    public async Task More_than_30_requests_a_minute_get_429()
    {
        using var client = _factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 35; i++)
        {
            statuses.Add((await client.GetAsync($"/antwort/kaputt{i}")).StatusCode);
        }

        Assert.All(statuses.Take(30), s => Assert.Equal(HttpStatusCode.BadRequest, s));
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);
        var limited = await client.GetAsync("/antwort/kaputt");
        Assert.Contains("Zu viele Anfragen", await limited.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    public void Dispose() => _factory.Dispose();
}
