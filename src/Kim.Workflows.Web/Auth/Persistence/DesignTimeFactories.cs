using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Kim.Workflows.Web.Auth.Persistence;

/// <summary>
/// For <c>dotnet ef migrations add X --project src/Kim.Workflows.Web --context SqliteKimIdentityDbContext
/// --output-dir Auth/Persistence/Migrations/Sqlite</c>; the connection is never opened.
/// </summary>
internal sealed class SqliteIdentityDesignTimeFactory : IDesignTimeDbContextFactory<SqliteKimIdentityDbContext>
{
    public SqliteKimIdentityDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteKimIdentityDbContext>()
            .UseSqlite("Data Source=design-time.db", o => o.MigrationsHistoryTable(KimIdentityDbContext.MigrationsHistoryTable)).Options);
}

/// <summary>For <c>dotnet ef migrations add X ... --context PostgresKimIdentityDbContext --output-dir Auth/Persistence/Migrations/Postgres</c>.</summary>
internal sealed class PostgresIdentityDesignTimeFactory : IDesignTimeDbContextFactory<PostgresKimIdentityDbContext>
{
    public PostgresKimIdentityDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresKimIdentityDbContext>()
            .UseNpgsql("Host=localhost;Database=kim_workflows_design", o => o.MigrationsHistoryTable(KimIdentityDbContext.MigrationsHistoryTable)).Options);
}
