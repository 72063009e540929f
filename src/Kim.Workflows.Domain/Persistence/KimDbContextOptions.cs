using Microsoft.EntityFrameworkCore;

namespace Kim.Workflows.Domain.Persistence;

/// <summary>Provider set-up for <see cref="KimDbContext"/>: own migrations history table, own migrations assembly.</summary>
public static class KimDbContextOptions
{
    public static DbContextOptionsBuilder UseKimSqlite(this DbContextOptionsBuilder builder, string connectionString) =>
        builder.UseSqlite(connectionString, sqlite => sqlite
            .MigrationsHistoryTable(KimDbContext.MigrationsHistoryTable)
            .MigrationsAssembly(typeof(KimDbContext).Assembly.FullName));

    public static DbContextOptionsBuilder UseKimNpgsql(this DbContextOptionsBuilder builder, string connectionString) =>
        builder.UseNpgsql(connectionString, npgsql => npgsql
            .MigrationsHistoryTable(KimDbContext.MigrationsHistoryTable)
            .MigrationsAssembly(typeof(KimDbContext).Assembly.FullName));
}
