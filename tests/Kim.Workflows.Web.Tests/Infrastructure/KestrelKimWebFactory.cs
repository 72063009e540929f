using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Kim.Workflows.Web.Tests.Infrastructure;

/// <summary>The web host on real Kestrel at 127.0.0.1 with a free port, for browser tests.</summary>
public sealed class KestrelKimWebFactory : KimWebFactory
{
    private Uri? _address;

    public KestrelKimWebFactory() => UseKestrel(o => o.Listen(IPAddress.Loopback, 0));

    /// <summary>Starts the server once and returns its address (e.g. http://127.0.0.1:41234/).</summary>
    public Uri Address
    {
        get
        {
            if (_address is null)
            {
                StartServer();
                var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
                _address = new Uri(addresses.First().Replace("[::1]", "127.0.0.1", StringComparison.Ordinal) + "/");
            }

            return _address;
        }
    }
}
