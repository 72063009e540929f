namespace Kim.Workflows.Web.Tests.Infrastructure;

/// <summary>The web host on real Kestrel at 127.0.0.1 with a free port, for browser tests.</summary>
public sealed class KestrelKimWebFactory : KimWebFactory, ILoopbackServer
{
    private Uri? _address;

    public KestrelKimWebFactory() => LoopbackKestrel.Use(this);

    /// <summary>Starts the server once and returns its address.</summary>
    public Uri Address => _address ??= LoopbackKestrel.Start(this);
}
