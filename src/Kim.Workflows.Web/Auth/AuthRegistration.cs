using Kim.Workflows.Runtime;
using Kim.Workflows.Web.Auth.ApiKeys;
using Kim.Workflows.Web.Auth.Persistence;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Kim.Workflows.Web.Auth;

/// <summary>
/// Sign-in and roles: Identity logins in the database (SQLite file beside the runtime's, or the runtime's
/// PostgreSQL), a cookie for people, <c>X-Api-Key</c> for machines, OpenID Connect when configured, and the
/// role policies of <see cref="KimPolicies"/>.
/// </summary>
public static class AuthRegistration
{
    public const string SelectorScheme = "kim";
    public const string OidcScheme = OpenIdConnectDefaults.AuthenticationScheme;
    public const string CookieName = "kim.anmeldung";
    public const string SqliteFileName = "kim-identity.db";

    public static WebApplicationBuilder AddKimAuth(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var section = builder.Configuration.GetSection(KimAuthOptions.Section);
        var authOptions = section.Get<KimAuthOptions>() ?? new KimAuthOptions();
        services.AddOptions<KimAuthOptions>().Bind(section);

        var provider = builder.Configuration.GetValue("KimWorkflows:Runtime:Provider", DatabaseProvider.Sqlite);
        if (provider == DatabaseProvider.Postgres)
        {
            services.AddDbContext<KimIdentityDbContext, PostgresKimIdentityDbContext>((sp, o) => o.UseNpgsql(
                sp.GetRequiredService<WorkflowRuntimeOptions>().ConnectionString,
                n => n.MigrationsHistoryTable(KimIdentityDbContext.MigrationsHistoryTable)));
        }
        else
        {
            services.AddDbContext<KimIdentityDbContext, SqliteKimIdentityDbContext>((sp, o) => o.UseSqlite(
                $"Data Source={Path.Combine(Path.GetFullPath(sp.GetRequiredService<WorkflowRuntimeOptions>().DataDirectory), SqliteFileName)};Cache=Private;Pooling=True;Default Timeout=30",
                s => s.MigrationsHistoryTable(KimIdentityDbContext.MigrationsHistoryTable)));
        }

        services.AddIdentityCore<KimIdentityUser>(o =>
            {
                o.Password.RequiredLength = 8;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(5);
                o.User.RequireUniqueEmail = false;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<KimIdentityDbContext>()
            .AddSignInManager()
            .AddClaimsPrincipalFactory<KimClaimsPrincipalFactory>()
            .AddDefaultTokenProviders();
        services.AddScoped<ApiKeyService>();
        services.AddHostedService<IdentityStartup>();

        var authentication = services.AddAuthentication(o =>
            {
                o.DefaultScheme = SelectorScheme;
                o.DefaultChallengeScheme = SelectorScheme;
                o.DefaultSignInScheme = IdentityConstants.ApplicationScheme;
            })
            .AddPolicyScheme(SelectorScheme, "Cookie oder API-Schlüssel", o => o.ForwardDefaultSelector = SelectScheme)
            .AddCookie(IdentityConstants.ApplicationScheme, o => ConfigureCookie(o, authOptions))
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null);
        if (authOptions.Oidc.Enabled)
        {
            authentication.AddOpenIdConnect(OidcScheme, authOptions.Oidc.DisplayName, o => ConfigureOidc(o, authOptions.Oidc));
        }

        // Cookie and antiforgery keys in the data folder (a volume in containers): sign-ins survive restarts, and nodes
        // sharing the folder read each other's cookies.
        services.AddDataProtection().SetApplicationName("kim-workflows");
        services.AddOptions<KeyManagementOptions>().Configure<WorkflowRuntimeOptions, ILoggerFactory>((o, runtime, logs) =>
            o.XmlRepository = new FileSystemXmlRepository(new DirectoryInfo(Path.Combine(Path.GetFullPath(runtime.DataDirectory), "keys")), logs));

        services.AddAuthorization(KimPolicies.Add);
        services.AddAntiforgery(o =>
        {
            o.HeaderName = ApiRequestProtectionFilter.AntiforgeryHeader;
            o.Cookie.Name = "kim.af";
            o.Cookie.SecurePolicy = authOptions.SecureCookies ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
            o.Cookie.SameSite = SameSiteMode.Strict;
        });
        return builder;
    }

    /// <summary>Authentication, authorisation and antiforgery in the pipeline (after static files, before the endpoints).</summary>
    public static WebApplication UseKimAuth(this WebApplication app)
    {
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();
        return app;
    }

    private static string SelectScheme(HttpContext context) =>
        context.Request.Headers.ContainsKey(ApiKeyService.HeaderName) ? ApiKeyAuthenticationHandler.SchemeName : IdentityConstants.ApplicationScheme;

    private static void ConfigureCookie(CookieAuthenticationOptions o, KimAuthOptions options)
    {
        o.Cookie.Name = CookieName;
        o.Cookie.HttpOnly = true;
        // Lax, not Strict: a deep link to a task from an e-mail must arrive signed in (and the OIDC callback is a top-level POST/GET).
        o.Cookie.SameSite = SameSiteMode.Lax;
        o.Cookie.SecurePolicy = options.SecureCookies ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
        o.ExpireTimeSpan = TimeSpan.FromHours(options.SessionHours);
        o.SlidingExpiration = true;
        o.LoginPath = "/anmelden";
        o.LogoutPath = "/abmelden";
        o.AccessDeniedPath = "/zugriff-verweigert";
        o.Events.OnRedirectToLogin = c => ApiStatusOr(c, StatusCodes.Status401Unauthorized);
        o.Events.OnRedirectToAccessDenied = c => ApiStatusOr(c, StatusCodes.Status403Forbidden);
    }

    /// <summary>API and health callers get a status code, never a redirect to an HTML page.</summary>
    private static Task ApiStatusOr(RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        if (IsApi(context.Request))
        {
            context.Response.StatusCode = status;
            return Task.CompletedTask;
        }

        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }

    internal static bool IsApi(HttpRequest request) =>
        request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase)
        || request.Path.StartsWithSegments("/openapi", StringComparison.OrdinalIgnoreCase);

    private static void ConfigureOidc(OpenIdConnectOptions o, KimOidcOptions options)
    {
        o.Authority = options.Authority;
        o.ClientId = options.ClientId;
        o.ClientSecret = options.ClientSecret;
        o.ResponseType = "code";
        o.UsePkce = true;
        o.SaveTokens = false;
        o.RequireHttpsMetadata = options.RequireHttpsMetadata;
        o.GetClaimsFromUserInfoEndpoint = true;
        o.MapInboundClaims = false;
        o.SignInScheme = IdentityConstants.ApplicationScheme;
        o.CallbackPath = "/signin-oidc";
        o.SignedOutCallbackPath = "/signout-callback-oidc";
        o.Scope.Clear();
        foreach (var scope in options.Scopes)
        {
            o.Scope.Add(scope);
        }

        o.Events.OnTokenValidated = context =>
        {
            if (context.Principal is { } principal)
            {
                context.Principal = OidcClaimMapper.Map(principal, options);
            }

            return Task.CompletedTask;
        };
    }
}
