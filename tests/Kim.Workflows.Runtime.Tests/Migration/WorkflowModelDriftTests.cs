using Kim.Workflows.Runtime.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Kim.Workflows.Runtime.Tests.Migration;

/// <summary>The runtime's EF model matches the migrations of both providers (no connection is opened).</summary>
public sealed class WorkflowModelDriftTests
{
    [Fact]
    public void Sqlite_migrations_cover_the_model()
    {
        using var db = new SqliteWorkflowDbContext(new DbContextOptionsBuilder<SqliteWorkflowDbContext>().UseSqlite("Data Source=:memory:").Options);
        Assert.False(db.Database.HasPendingModelChanges(), "model changed: add a SQLite migration with dotnet ef");
    }

    [Fact]
    public void Postgres_migrations_cover_the_model()
    {
        using var db = new PostgresWorkflowDbContext(new DbContextOptionsBuilder<PostgresWorkflowDbContext>().UseNpgsql("Host=127.0.0.1;Database=never_opened").Options);
        Assert.False(db.Database.HasPendingModelChanges(), "model changed: add a PostgreSQL migration with dotnet ef");
    }
}
