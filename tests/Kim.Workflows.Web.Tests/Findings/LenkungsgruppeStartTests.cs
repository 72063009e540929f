using System.Net;
using Kim.Workflows.Domain.Findings;
using Kim.Workflows.Domain.Persistence;
using Kim.Workflows.Engine.Execution;
using Kim.Workflows.Runtime;
using Kim.Workflows.Runtime.Persistence;
using Kim.Workflows.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kim.Workflows.Web.Tests.Findings;

/// <summary>"Sitzung planen" on the Lenkungsgruppe page starts the lenkungsgruppe workflow with the meeting id as business key (coordination only).</summary>
public sealed class LenkungsgruppeStartTests : IAsyncLifetime
{
    private readonly KimWebFactory _factory = new();

    public async Task InitializeAsync()
    {
        var runtime = _factory.Services.GetRequiredService<WorkflowRuntime>();
        var xml = await File.ReadAllTextAsync(Path.Combine(RepositoryRoot(), "workflows", "lenkungsgruppe.bpmn"));
        var deployed = await runtime.DeployAsync(xml, "lenkungsgruppe.bpmn");
        Assert.True(deployed.Success, string.Join("; ", deployed.Problems.Select(p => $"{p.ElementId}: {p.Message}")));
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Kim.Workflows.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Kim.Workflows.sln not found");
    }

    private async Task<Guid> MeetingAsync()
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<KimDbContext>();
        var meeting = new LenkungsgruppeMeeting { MeetingOn = new DateOnly(2026, 12, 10), Title = "Sitzung der Lenkungsgruppe", Place = "Kreishaus", PlannedBy = "koord.leitung" };
        db.LenkungsgruppeMeetings.Add(meeting);
        await db.SaveChangesAsync();
        return meeting.Id;
    }

    private async Task<List<(Guid Id, InstanceStatus Status)>> InstancesAsync(Guid meetingId)
    {
        await using var db = _factory.Services.GetRequiredService<WorkflowDbContextFactory>().Create();
        var key = meetingId.ToString();
        return (await db.Instances.AsNoTracking().Where(i => i.ProcessKey == "lenkungsgruppe" && i.BusinessKey == key).Select(i => new { i.Id, i.Status }).ToListAsync())
            .Select(i => (i.Id, i.Status)).ToList();
    }

    private static async Task<HttpResponseMessage> StartAsync(HttpClient client, Guid meetingId, string? token) =>
        await client.PostAsync("/systemrueckmeldungen/lenkungsgruppe?handler=Start", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["meetingId"] = meetingId.ToString(),
            ["__RequestVerificationToken"] = token ?? "",
        }));

    [Fact]
    public async Task Coordination_starts_the_workflow_with_the_meeting_as_business_key_once()
    {
        var meetingId = await MeetingAsync();
        using var client = await SignIn.AsAsync(_factory, "koord.leitung", apiHeaders: false);
        var page = await client.GetStringAsync("/systemrueckmeldungen/lenkungsgruppe");
        Assert.Contains("Sitzung planen", page, StringComparison.Ordinal);

        var response = await StartAsync(client, meetingId, SignIn.FormToken(page));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var (instanceId, status) = Assert.Single(await InstancesAsync(meetingId));
        Assert.Equal(InstanceStatus.Running, status);

        await using (var db = _factory.Services.GetRequiredService<WorkflowDbContextFactory>().Create())
        {
            var task = await db.UserTasks.AsNoTracking().Include(t => t.Candidates).SingleAsync(t => t.InstanceId == instanceId);
            Assert.Equal("Task_Planen", task.ElementId);
            Assert.Equal("koord.leitung", task.Assignee);
            Assert.Contains(task.Candidates, c => c.Value == "koordination-kreis");
        }

        var after = await client.GetStringAsync("/systemrueckmeldungen/lenkungsgruppe");
        Assert.Contains("Planung der Sitzung am 10.12.2026 gestartet", after, StringComparison.Ordinal);
        Assert.Contains("Ablauf läuft", after, StringComparison.Ordinal);
        Assert.Contains("Verschieben", after, StringComparison.Ordinal);

        // A second start for the same meeting does not start a second workflow.
        await StartAsync(client, meetingId, SignIn.FormToken(after));
        Assert.Single(await InstancesAsync(meetingId));
        Assert.Contains("läuft die Planung bereits", await client.GetStringAsync("/systemrueckmeldungen/lenkungsgruppe"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task District_coordination_may_start_it_too()
    {
        var meetingId = await MeetingAsync();
        using var client = await SignIn.AsAsync(_factory, "koord.sued", apiHeaders: false);
        var page = await client.GetStringAsync("/systemrueckmeldungen/lenkungsgruppe");
        Assert.Equal(HttpStatusCode.Redirect, (await StartAsync(client, meetingId, SignIn.FormToken(page))).StatusCode);
        Assert.Single(await InstancesAsync(meetingId));
    }

    [Theory]
    [InlineData("cm.ahlen")]
    [InlineData("admin")]
    [InlineData("abh.bleiberecht")]
    [InlineData("prozess")]
    public async Task Everyone_else_is_refused_and_nothing_starts(string user)
    {
        var meetingId = await MeetingAsync();
        using var client = await SignIn.AsAsync(_factory, user, apiHeaders: false);
        var response = await StartAsync(client, meetingId, null);
        Assert.True(response.StatusCode is HttpStatusCode.Forbidden
            || (response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.ToString().Contains("zugriff-verweigert", StringComparison.Ordinal)),
            $"{user}: {response.StatusCode} {response.Headers.Location}");
        Assert.Empty(await InstancesAsync(meetingId));
    }
}
