using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Kim.Workflows.Web.Tests.Infrastructure;

/// <summary>The web host over TestServer, seeded from this project's <c>Scenarios/</c> folder.</summary>
public class KimWebFactory : WebApplicationFactory<Program>
{
    public static string ScenarioFolder => Path.Combine(AppContext.BaseDirectory, "Scenarios");

    public static string ScenarioXml(string name) => File.ReadAllText(Path.Combine(ScenarioFolder, name));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("KimWeb:SeedFolder", ScenarioFolder);
    }

    /// <summary>A client that sends the same-origin header the API asks of state-changing calls.</summary>
    public HttpClient CreateApiClient()
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Add("X-Requested-With", "XMLHttpRequest");
        return client;
    }
}
