using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Kim.Workflows.Web.Tests.Infrastructure;

/// <summary>Real Kestrel on 127.0.0.1 with a free port for a factory, for browser tests and benchmarks.</summary>
internal static class LoopbackKestrel
{
    public static void Use(WebApplicationFactory<Program> factory) => factory.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));

    /// <summary>Starts the server and returns its address (e.g. http://127.0.0.1:41234/).</summary>
    public static Uri Start(WebApplicationFactory<Program> factory)
    {
        factory.StartServer();
        var addresses = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        return new Uri(addresses.First().Replace("[::1]", "127.0.0.1", StringComparison.Ordinal) + "/");
    }
}

/// <summary>A factory that serves on real Kestrel: its clients need the server's address.</summary>
public interface ILoopbackServer
{
    Uri Address { get; }
}
