namespace Kim.Workflows.Web.Auth;

/// <summary>Sign-in settings (section <c>KimWeb</c>, beside <see cref="KimWebOptions"/>).</summary>
public sealed class KimAuthOptions
{
    public const string Section = "KimWeb";

    /// <summary>The demo password of every seeded demo login (README). Only used when <see cref="SeedDemoUsers"/> is true.</summary>
    public const string DefaultDemoPassword = "Demo!2026";

    /// <summary>Create the demo logins of <c>Kim.Workflows.Domain.Seeding.DemoUsers</c> at start-up (embedded default; off in production).</summary>
    public bool SeedDemoUsers { get; set; }

    public string DemoPassword { get; set; } = DefaultDemoPassword;

    /// <summary>Cookies only over HTTPS (default). Plain-HTTP set-ups on loopback (development, tests) set false.</summary>
    public bool SecureCookies { get; set; } = true;

    /// <summary>Hours a sign-in lasts without activity.</summary>
    public double SessionHours { get; set; } = 8;

    public KimOidcOptions Oidc { get; set; } = new();
}
