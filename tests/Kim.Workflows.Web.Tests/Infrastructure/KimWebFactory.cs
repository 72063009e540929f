using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Kim.Workflows.Web.Tests.Infrastructure;

/// <summary>
/// The web host over TestServer with its own SQLite file in a temp folder (deleted on dispose), deploying
/// this project's <c>Scenarios/</c> folder at start-up. The host runs on <see cref="Clock"/>, a fake clock that starts at
/// <see cref="TestClock.Now"/> (subclasses and tests may register another instant after it).
/// </summary>
public class KimWebFactory : WebApplicationFactory<Program>
{
    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), "kim-web-tests", Guid.NewGuid().ToString("N"));

    /// <summary>The host's clock; it moves only when a test advances it.</summary>
    public FakeTimeProvider Clock { get; } = TestClock.At();

    public static string ScenarioFolder => Path.Combine(AppContext.BaseDirectory, "Scenarios");

    public static string ScenarioXml(string name) => File.ReadAllText(Path.Combine(ScenarioFolder, name));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("KimWorkflows:Runtime:WorkflowsDirectory", ScenarioFolder);
        builder.UseSetting("KimWorkflows:Runtime:DataDirectory", _dataDirectory);
        builder.UseSetting("KimWorkflows:Runtime:SqliteSynchronous", "NORMAL");
        // Tests build their own fixtures; the 40 demo cases (and their case numbers) would only get in the way.
        builder.UseSetting("KimWorkflows:Application:SeedDemoData", "false");
        builder.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(Clock));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(_dataDirectory, recursive: true);
            }
            catch (IOException)
            {
                // a file still open on a slow shutdown: the temp folder is cleaned by the OS
            }
        }
    }

    /// <summary>
    /// A client signed in as the demo process owner (<c>prozess</c>), sending the same-origin header and the
    /// antiforgery token the API asks of state-changing calls.
    /// </summary>
    public HttpClient CreateApiClient() => SignIn.AsAsync(this, "prozess").GetAwaiter().GetResult();

    public Task<HttpClient> SignedInAsync(string userName, bool apiHeaders = true) => SignIn.AsAsync(this, userName, apiHeaders);
}
