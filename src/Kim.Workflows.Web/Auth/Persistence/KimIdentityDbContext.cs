using Kim.Workflows.Web.Auth.ApiKeys;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Kim.Workflows.Web.Auth.Persistence;

/// <summary>
/// Logins, roles and API keys: ASP.NET Core Identity's tables plus <c>api_keys</c>. Separate from the runtime's
/// context (own migration history table), in the same data folder (SQLite) or the same database (PostgreSQL).
/// Each provider has a subclass owning its migration set.
/// </summary>
public abstract class KimIdentityDbContext(DbContextOptions options) : IdentityDbContext<KimIdentityUser>(options)
{
    public const string MigrationsHistoryTable = "__kim_identity_migrations";

    public DbSet<ApiKeyRecord> ApiKeys => Set<ApiKeyRecord>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.Entity<KimIdentityUser>(b =>
        {
            b.Property(u => u.DisplayName).HasMaxLength(200);
            b.Property(u => u.Districts).HasMaxLength(400);
        });
        builder.Entity<ApiKeyRecord>(b =>
        {
            b.ToTable("api_keys");
            b.HasKey(k => k.Id);
            b.Property(k => k.Name).HasMaxLength(200);
            b.Property(k => k.Prefix).HasMaxLength(16);
            b.Property(k => k.Hash).HasMaxLength(64);
            b.Property(k => k.Roles).HasMaxLength(400);
            b.Property(k => k.Groups).HasMaxLength(1000);
            b.Property(k => k.CreatedBy).HasMaxLength(256);
            b.HasIndex(k => k.Hash).IsUnique();
        });
    }
}
