using Kim.Workflows.Domain.Seeding;
using Kim.Workflows.Web.Auth.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Kim.Workflows.Web.Auth;

/// <summary>
/// Start-up of sign-in: applies the identity migrations, creates the six roles and, when
/// <see cref="KimAuthOptions.SeedDemoUsers"/> is set, the demo logins of <see cref="DemoUsers"/> with the demo password.
/// Existing logins are left as they are (a changed password stays changed).
/// </summary>
internal sealed class IdentityStartup(IServiceScopeFactory scopes, IOptions<KimAuthOptions> options, ILogger<IdentityStartup> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<KimIdentityDbContext>();
        await db.Database.MigrateAsync(cancellationToken);

        var roles = services.GetRequiredService<RoleManager<IdentityRole>>();
        foreach (var role in KimRoles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                Check(await roles.CreateAsync(new IdentityRole(role)), role);
            }
        }

        if (options.Value.SeedDemoUsers)
        {
            await SeedDemoUsersAsync(services.GetRequiredService<UserManager<KimIdentityUser>>());
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task SeedDemoUsersAsync(UserManager<KimIdentityUser> users)
    {
        var created = 0;
        foreach (var demo in DemoUsers.All)
        {
            if (await users.FindByNameAsync(demo.UserName) is not null)
            {
                continue;
            }

            var user = new KimIdentityUser
            {
                UserName = demo.UserName,
                Email = demo.Email,
                EmailConfirmed = true,
                DisplayName = demo.DisplayName,
                Districts = string.Join(',', demo.DistrictIds),
                KreisWide = demo.KreisWide,
            };
            Check(await users.CreateAsync(user, options.Value.DemoPassword), demo.UserName);
            Check(await users.AddToRoleAsync(user, KimRoles.Of(demo.Role)), demo.UserName);
            created++;
        }

        if (created > 0)
        {
            logger.LogInformation("{Count} demo logins created (KimWeb:SeedDemoUsers).", created);
        }
    }

    private static void Check(IdentityResult result, string what)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Identity set-up failed for {what}: {string.Join("; ", result.Errors.Select(e => e.Description))}");
        }
    }
}
