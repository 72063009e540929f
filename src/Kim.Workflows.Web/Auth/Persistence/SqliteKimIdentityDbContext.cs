using Microsoft.EntityFrameworkCore;

namespace Kim.Workflows.Web.Auth.Persistence;

/// <summary>Logins in SQLite (embedded default): file <c>kim-identity.db</c> in the runtime's data folder.</summary>
public sealed class SqliteKimIdentityDbContext(DbContextOptions<SqliteKimIdentityDbContext> options) : KimIdentityDbContext(options)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // SQLite cannot order or compare DateTimeOffset in SQL; store UTC ticks like the runtime does.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<Kim.Workflows.Runtime.Persistence.UtcTicksConverter>();
        configurationBuilder.Properties<DateTimeOffset?>().HaveConversion<Kim.Workflows.Runtime.Persistence.UtcTicksConverter>();
    }
}
