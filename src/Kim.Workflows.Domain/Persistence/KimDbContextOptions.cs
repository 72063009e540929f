using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Kim.Workflows.Domain.Persistence;

/// <summary>
/// Provider set-up for <see cref="KimDbContext"/>: own migrations history table, own migrations assembly, and the
/// provider's subclass (which owns the provider's migration set).
/// </summary>
public static class KimDbContextOptions
{
    public static DbContextOptionsBuilder UseKimSqlite(this DbContextOptionsBuilder builder, string connectionString) =>
        builder.UseSqlite(connectionString, sqlite => sqlite
            .MigrationsHistoryTable(KimDbContext.MigrationsHistoryTable)
            .MigrationsAssembly(typeof(KimDbContext).Assembly.FullName))
            .WithContext(static options => new SqliteKimDbContext(options));

    public static DbContextOptionsBuilder UseKimNpgsql(this DbContextOptionsBuilder builder, string connectionString) =>
        builder.UseNpgsql(connectionString, npgsql => npgsql
            .MigrationsHistoryTable(KimDbContext.MigrationsHistoryTable)
            .MigrationsAssembly(typeof(KimDbContext).Assembly.FullName))
            .WithContext(static options => new PostgresKimDbContext(options));

    /// <summary>The context of the provider the options were configured for (<see cref="UseKimSqlite"/> or <see cref="UseKimNpgsql"/>).</summary>
    public static KimDbContext CreateContext(DbContextOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var provider = options.FindExtension<KimProviderExtension>()
            ?? throw new InvalidOperationException("Configure the KIM database with UseKimSqlite or UseKimNpgsql: they choose the provider's context and migrations.");
        return provider.Create(options);
    }

    private static DbContextOptionsBuilder WithContext(this DbContextOptionsBuilder builder, Func<DbContextOptions, KimDbContext> create)
    {
        ((IDbContextOptionsBuilderInfrastructure)builder).AddOrUpdateExtension(new KimProviderExtension(create));
        return builder;
    }
}
