using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Kim.Workflows.Domain.Persistence;

/// <summary>
/// For <c>dotnet ef migrations add X --project src/Kim.Workflows.Domain --context SqliteKimDbContext
/// --output-dir Persistence/Migrations/Sqlite</c>; the connection is never opened.
/// </summary>
internal sealed class SqliteKimDesignTimeFactory : IDesignTimeDbContextFactory<SqliteKimDbContext>
{
    public SqliteKimDbContext CreateDbContext(string[] args) =>
        (SqliteKimDbContext)KimDbContextOptions.CreateContext(new DbContextOptionsBuilder<KimDbContext>().UseKimSqlite("Data Source=kim-design.db").Options);
}

/// <summary>For <c>dotnet ef migrations add X ... --context PostgresKimDbContext --output-dir Persistence/Migrations/Postgres</c>.</summary>
internal sealed class PostgresKimDesignTimeFactory : IDesignTimeDbContextFactory<PostgresKimDbContext>
{
    public PostgresKimDbContext CreateDbContext(string[] args) =>
        (PostgresKimDbContext)KimDbContextOptions.CreateContext(new DbContextOptionsBuilder<KimDbContext>().UseKimNpgsql("Host=localhost;Database=kim_workflows_design").Options);
}
