using Microsoft.EntityFrameworkCore;

namespace Kim.Workflows.Domain.Persistence;

/// <summary>The KIM tables in SQLite (embedded default); owns the migrations in <c>Persistence/Migrations/Sqlite</c>.</summary>
public sealed class SqliteKimDbContext(DbContextOptions options) : KimDbContext(options);
