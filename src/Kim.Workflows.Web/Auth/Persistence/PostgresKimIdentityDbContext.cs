using Microsoft.EntityFrameworkCore;

namespace Kim.Workflows.Web.Auth.Persistence;

/// <summary>Logins in the runtime's PostgreSQL database.</summary>
public sealed class PostgresKimIdentityDbContext(DbContextOptions<PostgresKimIdentityDbContext> options) : KimIdentityDbContext(options);
