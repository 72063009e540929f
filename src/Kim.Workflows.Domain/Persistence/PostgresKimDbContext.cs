using Microsoft.EntityFrameworkCore;

namespace Kim.Workflows.Domain.Persistence;

/// <summary>The KIM tables in PostgreSQL (several app nodes); owns the migrations in <c>Persistence/Migrations/Postgres</c>.</summary>
public sealed class PostgresKimDbContext(DbContextOptions options) : KimDbContext(options);
