using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;
using Kim.Workflows.Runtime.Persistence;
using Kim.Workflows.Runtime.Persistence.Entities;
using Kim.Workflows.Runtime.Queries;
using Kim.Workflows.Runtime.Timers;
using Kim.Workflows.Web.Api;
using Kim.Workflows.Web.Tests.Cases;
using Kim.Workflows.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using MimeKit;

namespace Kim.Workflows.Web.Tests.EndToEnd;

/// <summary>
/// The whole application as it runs: the web host on Kestrel at 127.0.0.1 (free port), the runtime on a temp SQLite file,
/// Hangfire in memory with short polling, the real <c>workflows/</c>, a real SMTP server and a fake clock registered as the
/// app's <see cref="TimeProvider"/>. Tests drive it over HTTP only (signed-in staff, anonymous partner links) and look at the
/// API's answers and the mails; time moves when a test advances it, and due timers then fire through the runtime's sweep.
/// </summary>
public sealed partial class ApiEndToEndHost : WorkflowWebFactory, ILoopbackServer
{
    public const string CaseManager = "cm.sued1";
    public const string CaseManagerMail = "cm.sued1@kreis-warendorf.example";
    public const string CoordinationMail = "koord.sued@kreis-warendorf.example";
    public const string AbhMail = "abh.bleiberecht@kreis-warendorf.example";
    public const string EbhMail = "ebh.einbuergerung@kreis-warendorf.example";
    public const string JobcenterMail = "erika.beispielhaft@jobcenter.example";
    public const string JugendamtMail = "stefan.fallbeispiel@jugendamt-kreis.example";

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) } };

    private readonly Dictionary<string, HttpClient> _clients = new(StringComparer.Ordinal);
    private readonly string? _postgres;
    private readonly bool _demoData;
    private Uri? _address;
    private bool _smtpStopped;

    private ApiEndToEndHost(SmtpTestServer smtp, DateTimeOffset now, string? postgres = null, bool demoData = false)
    {
        Smtp = smtp;
        Time = new FakeTimeProvider(now);
        _postgres = postgres;
        _demoData = demoData;
        LoopbackKestrel.Use(this);
    }

    public SmtpTestServer Smtp { get; }

    public FakeTimeProvider Time { get; }

    /// <summary>Every log event of the host, from Debug up (what a log sink would store).</summary>
    public CapturingLoggerProvider Logs { get; } = new();

    public Uri Address => _address ??= LoopbackKestrel.Start(this);

    /// <summary>Starts SMTP server and web host; the clock stands at Monday 2 March 2026, 09:00 Berlin.</summary>
    public static Task<ApiEndToEndHost> StartAsync() => StartAsync(postgres: null);

    /// <summary>
    /// As <c>docker-compose.yml</c> deploys it: runtime, case file, application tables, logins and Hangfire's jobs in one
    /// PostgreSQL database (<paramref name="connectionString"/>), demo data and the demo cases' workflows started at start-up.
    /// </summary>
    public static Task<ApiEndToEndHost> StartOnPostgresAsync(string connectionString) => StartAsync(connectionString);

    /// <summary>As <see cref="StartAsync()"/>, with the demo data (districts, partners, 40 fictional clients) seeded at start-up.</summary>
    public static Task<ApiEndToEndHost> StartWithDemoDataAsync() => StartAsync(postgres: null, demoData: true);

    private static async Task<ApiEndToEndHost> StartAsync(string? postgres, bool demoData = false)
    {
        var host = new ApiEndToEndHost(await SmtpTestServer.StartAsync(), new DateTimeOffset(2026, 3, 2, 8, 0, 0, TimeSpan.Zero), postgres, demoData);
        _ = host.Address;
        return host;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("KimWorkflows:Runtime:SchedulePollingInterval", "00:00:00.100");
        builder.UseSetting("KimWorkflows:Runtime:HangfireWorkerCount", "4");
        builder.UseSetting("KimWorkflows:Runtime:ServiceTaskBackoff", "00:00:00.050");
        builder.UseSetting("KimWorkflows:Application:PublicBaseUrl", "https://kim.test");
        builder.UseSetting("KimWorkflows:AnswerLinks:SigningKey", Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));
        builder.UseSetting("KimWorkflows:Mail:Host", "127.0.0.1");
        builder.UseSetting("KimWorkflows:Mail:Port", Smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("KimWorkflows:Mail:Security", "None");
        builder.UseSetting("KimWorkflows:Mail:FromAddress", "kim@kreis-warendorf.example");
        builder.UseSetting("KimWorkflows:Mail:ConnectTimeout", "00:00:05");
        builder.UseSetting("KimWorkflows:Mail:OperationTimeout", "00:00:05");
        builder.UseSetting("KimWorkflows:Mail:RetryInitialDelay", "00:00:00.100");
        builder.UseSetting("KimWorkflows:Mail:RetryMaxDelay", "00:00:00.400");
        builder.ConfigureTestServices(s =>
        {
            s.AddSingleton<TimeProvider>(Time);
            s.AddSingleton<ILoggerProvider>(Logs);
            s.AddLogging(l => l.AddFilter<CapturingLoggerProvider>(null, LogLevel.Debug));
        });
        if (_demoData)
        {
            builder.UseSetting("KimWorkflows:Application:SeedDemoData", "true");
        }

        if (_postgres is not null)
        {
            builder.UseSetting("KimWorkflows:Runtime:Provider", "Postgres");
            builder.UseSetting("KimWorkflows:Runtime:ConnectionString", _postgres);
            builder.UseSetting("KimWorkflows:Runtime:HangfireStorage", "Postgres");
            builder.UseSetting("KimWorkflows:Application:StartDemoWorkflows", "true");
        }
    }

    /// <summary>
    /// A staff member's client, signed in through <c>/anmelden</c> (cookie, antiforgery header). Cached until the clock moves:
    /// the sign-in cookie expires with the app's clock, so an advance signs everyone in again.
    /// </summary>
    public async Task<HttpClient> AsAsync(string userName)
    {
        if (!_clients.TryGetValue(userName, out var client))
        {
            client = await SignedInAsync(userName);
            _clients[userName] = client;
        }

        return client;
    }

    /// <summary>A client without sign-in (network partners answering through links).</summary>
    public HttpClient Anonymous() => CreateClient(SignIn.Options(this, handleCookies: false));

    // ---- cases API -------------------------------------------------------------------------------------------------

    /// <summary>Intake of a case in Oelde (Südkreis) taken by <c>cm.sued1</c>, through <c>POST /api/cases</c>.</summary>
    public async Task<CaseCreated> IntakeAsync(string municipality = "Oelde", string userName = CaseManager)
    {
        var client = await AsAsync(userName);
        var response = await client.PostAsJsonAsync("/api/cases", new
        {
            givenName = "Amira", familyName = "Beispiel", birthDate = "1990-05-01", municipality, referralSource = "agenturFuerArbeit",
            legalDomains = new[] { "sgbII" }, languages = new[] { "Arabisch" },
        }, Json);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<CaseCreated>(Json))!;
    }

    public async Task<CaseSummary> CaseAsync(Guid id, string userName = CaseManager)
    {
        var response = await (await AsAsync(userName)).GetAsync($"/api/cases/{id}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<CaseSummary>(Json))!;
    }

    /// <summary>Polls the case summary until it shows what the workflows write back in the background.</summary>
    public Task<CaseSummary> CaseWhenAsync(Guid id, Func<CaseSummary, bool> done, string what, string userName = CaseManager) =>
        Eventually.WaitForAsync(() => CaseAsync(id, userName), done, what);

    /// <summary>A Schweigepflichtentbindung through <c>POST /api/cases/{id}/einwilligungen</c>.</summary>
    public async Task<Guid> ConsentAsync(Guid caseId, string[] partnerIds, string[] categories)
    {
        var response = await (await AsAsync(CaseManager)).PostAsJsonAsync($"/api/cases/{caseId}/einwilligungen", new
        {
            partnerIds, dataCategories = categories, purpose = "Hilfeplanung im Fallmanagement", givenOn = "2026-03-02", form = "schriftlich",
            refusalConsequencesExplained = true,
        }, Json);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>(Json)).GetProperty("id").GetGuid();
    }

    /// <summary>Asserts a problem-details answer with <paramref name="status"/> and returns its JSON.</summary>
    public static async Task<JsonElement> ProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"expected {status}, got {(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    // ---- tasks API -------------------------------------------------------------------------------------------------

    /// <summary>Waits (bounded) until the user's inbox (<c>/api/tasks</c>, mine or group) has the open task of the case at an element.</summary>
    public async Task<InboxItem> TaskAsync(string caseNumber, string elementId, string userName = CaseManager, string view = "mine")
    {
        var client = await AsAsync(userName);
        return (await Eventually.WaitForAsync(async () =>
        {
            var page = await client.GetFromJsonAsync<InboxPage>($"/api/tasks?view={view}&take=200", Json);
            return page!.Items.FirstOrDefault(i => i.BusinessKey == caseNumber && i.ElementId == elementId);
        }, t => t is not null, $"task {elementId} of {caseNumber} for {userName}"))!;
    }

    /// <summary>Completes the task through <c>POST /api/tasks/{id}/complete</c> (204 expected).</summary>
    public async Task CompleteAsync(string caseNumber, string elementId, object values, string userName = CaseManager, string view = "mine")
    {
        var task = await TaskAsync(caseNumber, elementId, userName, view);
        var response = await (await AsAsync(userName)).PostAsJsonAsync($"/api/tasks/{task.Id}/complete", new { values }, Json);
        Assert.True(response.StatusCode == HttpStatusCode.NoContent, $"{elementId}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    /// <summary>Zugangssteuerung and Erstberatung (own case management): the cycle reaches the Assessment, where conferences and consultations may start.</summary>
    public async Task ToAssessmentAsync(string caseNumber, string userName = CaseManager)
    {
        await CompleteAsync(caseNumber, "Task_Zugangssteuerung", new { zugangsweg = "jobcenter", teilnahmeFreiwillig = true }, userName);
        await CompleteAsync(caseNumber, "Task_Erstberatung", new { erstberatungAm = "2026-03-02", anliegen = "Arbeit", weiteresVorgehen = "fallmanagement" }, userName);
        await TaskAsync(caseNumber, "Task_Assessment", userName);
    }

    // ---- mail ------------------------------------------------------------------------------------------------------

    public Task<IReadOnlyList<MimeMessage>> MailsAsync(string to, int count, string what) =>
        Eventually.WaitForAsync(() => Task.FromResult(Smtp.To(to)), l => l.Count >= count, what);

    /// <summary>The signed answer links of a mail (accept first, decline second), as paths on this server.</summary>
    public static IReadOnlyList<string> AnswerLinks(MimeMessage mail) =>
        [.. AnswerLink().Matches(mail.TextBody ?? "").Select(m => "/antwort/" + m.Groups[1].Value)];

    public static string Calendar(MimeMessage mail)
    {
        var part = (MimePart)mail.Attachments.Single(a => a.ContentType.MimeType == "text/calendar");
        using var copy = new MemoryStream();
        part.Content!.DecodeTo(copy);
        return System.Text.Encoding.UTF8.GetString(copy.ToArray());
    }

    // ---- time ------------------------------------------------------------------------------------------------------

    /// <summary>Moves the app's clock and fires what came due through the runtime's sweep (as often as timers keep coming due).</summary>
    public async Task AdvanceToAsync(DateTimeOffset at)
    {
        if (at > Time.GetUtcNow())
        {
            Time.SetUtcNow(at);
        }

        foreach (var client in _clients.Values)
        {
            client.Dispose();
        }

        _clients.Clear();
        var timers = Services.GetRequiredService<TimerMaintenance>();
        while (await timers.FireDueAsync() > 0)
        {
        }
    }

    /// <summary>When a pending timer of the case is due (read-only from the runtime's tables: the API does not show timers).</summary>
    public async Task<DateTimeOffset> TimerDueAsync(string caseNumber, string elementId) =>
        await Eventually.WaitForAsync(async () =>
        {
            await using var db = Services.GetRequiredService<WorkflowDbContextFactory>().Create();
            var ids = await db.Instances.AsNoTracking().Where(i => i.BusinessKey == caseNumber).Select(i => i.Id).ToListAsync();
            return await db.Timers.AsNoTracking().Where(t => ids.Contains(t.InstanceId) && t.ElementId == elementId && t.Status == TimerStatus.Pending)
                .Select(t => (DateTimeOffset?)t.DueAt).FirstOrDefaultAsync();
        }, d => d is not null, $"timer {elementId} of {caseNumber}") ?? default;

    protected override void Dispose(bool disposing)
    {
        foreach (var client in _clients.Values)
        {
            client.Dispose();
        }

        _clients.Clear();
        base.Dispose(disposing);
        if (disposing && !_smtpStopped)
        {
            _smtpStopped = true;
            Smtp.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }
    }

    [GeneratedRegex(@"https://kim\.test/antwort/(\S+)")]
    private static partial Regex AnswerLink();
}
